import { useState } from 'react';
import { api } from '../api.js';
import { ErrorNote } from '../components/ErrorNote.js';
import { SafeHtml } from '../components/SafeHtml.js';
import { useLoad } from '../components/useLoad.js';
import { formatDate, useLang, useT } from '../i18n.js';
import type { StoredMessage } from '../types.js';
import { Proposal } from './InboxPage.js';

export function MessagePage({ id }: { id: string }) {
  const t = useT();
  const { lang } = useLang();
  const { data, error } = useLoad(
    () => api.get<{ message: StoredMessage }>(`/api/messages/${id}`),
    id,
  );
  const [images, setImages] = useState(false);
  if (error) return <ErrorNote error={error} />;
  if (!data) return <p>{t('loading')}</p>;
  const m = data.message;
  return (
    <article aria-labelledby="message-title">
      <p>
        <a href="#/inbox">← {t('back')}</a>
      </p>
      <h1 id="message-title">{m.subject ?? t('noSubject')}</h1>
      <p className="meta">
        {m.fromAddress} · {formatDate(m.receivedAt ?? m.createdAt, lang)} ·{' '}
        <a href={`/api/messages/${m.id}/raw`} download="message.eml">
          .eml
        </a>
      </p>
      {m.unreadable ? (
        <p className="warn" role="alert">
          {t('unreadable')}: {m.problem}
        </p>
      ) : null}
      {m.html ? (
        <>
          {!images ? (
            <p className="hint">
              {t('imagesBlocked')}{' '}
              <button type="button" onClick={() => setImages(true)}>
                {t('showImages')}
              </button>
            </p>
          ) : null}
          <SafeHtml html={m.html} allowRemoteImages={images} title={m.subject ?? 'mail'} />
        </>
      ) : (
        <pre className="mail-text">{m.text}</pre>
      )}
      {!m.unreadable ? <Proposal message={m} /> : null}
    </article>
  );
}
