import { type FormEvent, Fragment, useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, api } from '../api.js';
import { ErrorNote } from '../components/ErrorNote.js';
import { type Lang, useLang, useT } from '../i18n.js';

interface ImportCounts {
  read: number;
  imported: number;
  duplicates: number;
  unreadable: number;
  linked: number;
  problems: { number: number; messageId: string; reason: string }[];
}

interface ImportTask {
  state: 'running' | 'done' | 'failed';
  progress: ImportCounts & { bytesDone: number; bytesTotal: number };
  result: ImportCounts | null;
  error: { error: string; errorEn: string } | null;
}

interface ImportStatus {
  import: ImportTask | null;
  pending: { name: string; size: number } | null;
  limit: number;
}

const POLL_MS = 500;

/** 取り込み: an .mbox uploaded from the browser, imported in the background, with progress. */
export function ImportPage() {
  const t = useT();
  const [status, setStatus] = useState<ImportStatus | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [uploaded, setUploaded] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const timer = useRef<number | null>(null);

  const poll = useCallback(async () => {
    try {
      const next = await api.get<ImportStatus>('/api/imports/mbox');
      setStatus(next);
      if (next.import?.state === 'running') timer.current = window.setTimeout(poll, POLL_MS);
    } catch (e) {
      setError(e instanceof ApiError ? e : null);
    }
  }, []);
  useEffect(() => {
    void poll();
    return () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    };
  }, [poll]);

  async function start(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    setError(null);
    try {
      await uploadMbox(file, (done, total) => setUploaded({ done, total }));
      setUploaded(null);
      await poll();
    } catch (e) {
      setUploaded(null);
      setError(e instanceof ApiError ? e : null);
    }
  }

  async function resume() {
    setError(null);
    try {
      await api.post('/api/imports/mbox/resume', {});
      await poll();
    } catch (e) {
      setError(e instanceof ApiError ? e : null);
    }
  }

  const task = status?.import ?? null;
  const running = uploaded !== null || task?.state === 'running';
  return (
    <section aria-labelledby="import-title">
      <h1 id="import-title">{t('importTitle')}</h1>
      <p>
        <a href="#/mail">{t('mailSettingsLink')}</a>
      </p>
      <h2>{t('mboxHeading')}</h2>
      <p className="hint">{t('mboxHint')}</p>
      <form className="form" onSubmit={start}>
        <label htmlFor="mbox-file">{t('mboxFile')}</label>
        <input
          id="mbox-file"
          type="file"
          accept=".mbox,application/mbox,text/plain"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        <ErrorNote error={error} />
        <button type="submit" disabled={!file || running}>
          {t('mboxStart')}
        </button>
      </form>
      {status?.pending && !running ? (
        <p className="warn-box">
          {t('pendingImport')}（{status.pending.name}）{' '}
          <button type="button" onClick={resume}>
            {t('resumeImport')}
          </button>
        </p>
      ) : null}
      {uploaded ? (
        <Progress label={t('uploading')} done={uploaded.done} total={uploaded.total} />
      ) : null}
      {task && !uploaded ? <ImportProgress task={task} /> : null}
    </section>
  );
}

function ImportProgress({ task }: { task: ImportTask }) {
  const t = useT();
  const { lang } = useLang();
  const counts = task.result ?? task.progress;
  return (
    <section className="panel" aria-labelledby="import-state" aria-live="polite">
      <h2 id="import-state">
        {task.state === 'running'
          ? t('importing')
          : task.state === 'done'
            ? t('importDone')
            : t('importFailed')}
      </h2>
      <Progress
        label={t('importing')}
        done={task.state === 'done' ? task.progress.bytesTotal : task.progress.bytesDone}
        total={task.progress.bytesTotal}
      />
      {task.error ? (
        <p className="error" role="alert">
          {lang === 'ja' ? task.error.error : task.error.errorEn}
        </p>
      ) : null}
      <Counts counts={counts} />
      {task.state === 'done' && counts.problems.length > 0 ? (
        <>
          <h3>{t('unreadableReasons')}</h3>
          <ul>
            {counts.problems.map((p) => (
              <li key={p.messageId}>
                <a href={`#/inbox/${p.messageId}`}>#{p.number}</a>: {inLang(p.reason, lang)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {task.state === 'done' ? (
        <p>
          <a className="button" href="#/inbox">
            {t('openInbox')}
          </a>
        </p>
      ) : null}
    </section>
  );
}

/** Texts from the server written "日本語 / English" (decoder reasons, preset notes), in the UI language. */
export const inLang = (text: string, lang: Lang) => {
  const [ja, en] = text.split(' / ');
  return lang === 'en' && en ? en : (ja ?? text);
};

/** The numbers an import or a sync reports, in one definition list. */
export function Counts({
  counts,
}: {
  counts: Partial<
    Record<'read' | 'fetched' | 'imported' | 'duplicates' | 'unreadable' | 'linked', number>
  >;
}) {
  const t = useT();
  const rows = [
    ['fetched', t('countFetched')],
    ['read', t('countRead')],
    ['imported', t('countImported')],
    ['duplicates', t('countDuplicates')],
    ['unreadable', t('countUnreadable')],
    ['linked', t('countLinked')],
  ] as const;
  return (
    <dl
      className="counts"
      style={{ display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '2px 16px' }}
    >
      {rows.map(([key, label]) =>
        counts[key] === undefined ? null : (
          <Fragment key={key}>
            <dt>{label}</dt>
            <dd data-testid={`count-${key}`} style={{ margin: 0 }}>
              {counts[key]}
            </dd>
          </Fragment>
        ),
      )}
    </dl>
  );
}

export function Progress({ label, done, total }: { label: string; done: number; total: number }) {
  const percent = total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 0;
  return (
    <p className="progress">
      <progress aria-label={label} max={100} value={percent} />
      <span data-testid="progress-percent">{percent}%</span>
    </p>
  );
}

/**
 * XMLHttpRequest rather than fetch: only it reports upload progress. The file is sent as is
 * (no form encoding), so the server streams it straight to disk.
 */
function uploadMbox(file: File, onProgress: (done: number, total: number) => void) {
  return new Promise<void>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/imports/mbox?name=${encodeURIComponent(file.name)}`);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.total || file.size);
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) return resolve();
      let body: { error?: string; errorEn?: string } = {};
      try {
        body = JSON.parse(xhr.responseText) as typeof body;
      } catch {}
      reject(
        new ApiError(
          xhr.status,
          body.error ?? 'エラーが発生しました',
          body.errorEn ?? 'Error',
          body,
        ),
      );
    };
    xhr.onerror = () =>
      reject(new ApiError(0, 'サーバーに接続できません', 'Cannot reach the server'));
    xhr.send(file);
  });
}
