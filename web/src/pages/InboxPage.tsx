import { type FormEvent, useState } from 'react';
import {
  MESSAGE_CATEGORIES,
  CATEGORY_LABELS,
  type MessageCategory,
} from '../../../src/core/messages/categories.js';
import { ApiError, api } from '../api.js';
import { ErrorNote } from '../components/ErrorNote.js';
import { useLoad } from '../components/useLoad.js';
import { type Lang, formatDate, useLang, useT } from '../i18n.js';
import { go } from '../router.js';
import type { ApplicationSummary, IngestResult, StoredMessage } from '../types.js';

/** 受信箱: paste what a company sent, see how Renraku reads it, confirm or correct. */
export function InboxPage() {
  const t = useT();
  const { lang } = useLang();
  const list = useLoad(() => api.get<{ messages: StoredMessage[] }>('/api/messages'), 'messages');
  const [subject, setSubject] = useState('');
  const [from, setFrom] = useState('');
  const [body, setBody] = useState('');
  const [result, setResult] = useState<IngestResult | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  async function paste(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const r = await api.post<IngestResult>('/api/messages/paste', { subject, from, body });
      setResult(r);
      list.reload();
    } catch (e) {
      setError(e instanceof ApiError ? e : null);
    }
  }
  return (
    <section aria-labelledby="inbox-title">
      <h1 id="inbox-title">{t('inboxTitle')}</h1>
      <form className="form" onSubmit={paste}>
        <label htmlFor="m-subject">{t('subject')}</label>
        <input id="m-subject" value={subject} onChange={(e) => setSubject(e.target.value)} />
        <label htmlFor="m-from">{t('from')}</label>
        <input id="m-from" type="email" value={from} onChange={(e) => setFrom(e.target.value)} />
        <label htmlFor="m-body">{t('body')}</label>
        <textarea
          id="m-body"
          rows={8}
          required
          value={body}
          onChange={(e) => setBody(e.target.value)}
        />
        <ErrorNote error={error} />
        <button type="submit">{t('readMessage')}</button>
      </form>
      {result ? <IngestOutcome result={result} /> : null}
      <h2>{t('messages')}</h2>
      <ul className="cards">
        {list.data?.messages.map((m) => (
          <li key={m.id} className="card">
            <a href={`#/inbox/${m.id}`}>{m.subject ?? t('noSubject')}</a>
            <div className="meta">
              <span>{categoryLabel(m.userCategory ?? m.category, lang)}</span>
              <span>{m.fromAddress}</span>
              <span>{formatDate(m.receivedAt ?? m.createdAt, lang)}</span>
              {m.unreadable ? <span className="warn">{t('unreadable')}</span> : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function categoryLabel(category: string | null, lang: Lang): string {
  return category && category in CATEGORY_LABELS
    ? CATEGORY_LABELS[category as MessageCategory][lang]
    : '—';
}

function IngestOutcome({ result }: { result: IngestResult }) {
  const t = useT();
  if (result.status === 'duplicate') return <p role="status">{t('duplicate')}</p>;
  if (result.status === 'unreadable')
    return (
      <p role="alert" className="warn">
        {t('unreadable')}: {result.message.problem}
      </p>
    );
  return <Proposal message={result.message} />;
}

export function Proposal({ message }: { message: StoredMessage }) {
  const t = useT();
  const { lang } = useLang();
  const apps = useLoad(
    () => api.get<{ applications: ApplicationSummary[] }>('/api/applications'),
    'apps',
  );
  const [category, setCategory] = useState<string>(
    message.userCategory ?? message.category ?? 'other',
  );
  const [applicationId, setApplicationId] = useState(message.applicationId ?? '');
  const [error, setError] = useState<ApiError | null>(null);
  const proposal = message.extracted.proposal as
    | { reason: { ja: string; en: string } }
    | null
    | undefined;
  const cues = (message.extracted.cues as unknown[] | undefined) ?? [];
  async function apply() {
    try {
      const r = await api.post<{ applicationId: string }>(`/api/messages/${message.id}/apply`, {
        ...(category !== message.category ? { category } : {}),
        ...(applicationId ? { applicationId } : {}),
      });
      go(`applications/${r.applicationId}`);
    } catch (e) {
      setError(e instanceof ApiError ? e : null);
    }
  }
  return (
    <section className="panel" aria-labelledby="proposal-title">
      <h2 id="proposal-title">{t('proposal')}</h2>
      <p>
        {t('readAs')}:{' '}
        <strong data-testid="category">{categoryLabel(message.category, lang)}</strong>
        {message.confidence !== null ? ` (${Math.round(message.confidence * 100)}%)` : null}
      </p>
      {proposal ? <p className="reason">{proposal.reason[lang]}</p> : null}
      {cues.length > 0 ? (
        <p className="hint">
          {t('cues')}: {cues.map(String).slice(0, 5).join(' / ')}
        </p>
      ) : null}
      <label htmlFor="fix-category">{t('category')}</label>
      <select id="fix-category" value={category} onChange={(e) => setCategory(e.target.value)}>
        {MESSAGE_CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {CATEGORY_LABELS[c][lang]}
          </option>
        ))}
      </select>
      <label htmlFor="fix-app">{t('application')}</label>
      <select id="fix-app" value={applicationId} onChange={(e) => setApplicationId(e.target.value)}>
        <option value="">—</option>
        {apps.data?.applications.map((a) => (
          <option key={a.application.id} value={a.application.id}>
            {a.company.name}
            {a.application.position ? ` · ${a.application.position}` : ''}
          </option>
        ))}
      </select>
      <ErrorNote error={error} />
      <button type="button" onClick={apply} disabled={!applicationId}>
        {t('applyProposal')}
      </button>
    </section>
  );
}
