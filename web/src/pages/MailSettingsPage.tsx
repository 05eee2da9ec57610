import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, api } from '../api.js';
import { ErrorNote } from '../components/ErrorNote.js';
import { type Lang, useLang, useT } from '../i18n.js';
import { Counts, inLang } from './ImportPage.js';

interface Preset {
  label: string;
  host: string;
  port: number;
  secure: boolean;
  note: string;
}

interface AccountView {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  mailbox?: string;
  passwordSet: boolean;
}

interface SyncCounts {
  fetched: number;
  imported: number;
  duplicates: number;
  unreadable: number;
}

interface SyncTask {
  state: 'running' | 'done' | 'failed';
  progress: SyncCounts;
  result: SyncCounts | null;
  error: { error: string; errorEn: string } | null;
}

interface LastSync {
  at: string;
  summary: SyncCounts;
}

interface MailSettings {
  account: AccountView | null;
  presets: Record<string, Preset>;
  last: LastSync | null;
  sync: SyncTask | null;
}

interface Form {
  host: string;
  port: string;
  secure: boolean;
  user: string;
  password: string;
  mailbox: string;
}

const BLANK: Form = {
  host: '',
  port: '993',
  secure: true,
  user: '',
  password: '',
  mailbox: 'INBOX',
};
const POLL_MS = 700;

/** The IMAP account (password write-only), a connection test, and "sync now" with progress. */
export function MailSettingsPage() {
  const t = useT();
  const { lang } = useLang();
  const [settings, setSettings] = useState<MailSettings | null>(null);
  const [form, setForm] = useState<Form>(BLANK);
  const [preset, setPreset] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [sync, setSync] = useState<SyncTask | null>(null);
  const [last, setLast] = useState<LastSync | null>(null);
  const timer = useRef<number | null>(null);

  const fail = (e: unknown) => {
    setNotice(null);
    setError(asApiError(e));
  };

  const pollSync = useCallback(async () => {
    try {
      const next = await api.get<{ sync: SyncTask | null; last: LastSync | null }>(
        '/api/imap/sync',
      );
      setSync(next.sync);
      setLast(next.last);
      if (next.sync?.state === 'running') timer.current = window.setTimeout(pollSync, POLL_MS);
    } catch (e) {
      setError(asApiError(e));
    }
  }, []);

  useEffect(() => {
    api
      .get<MailSettings>('/api/imap')
      .then((s) => {
        setSettings(s);
        setLast(s.last);
        setSync(s.sync);
        if (s.account) {
          const a = s.account;
          setForm({ ...a, port: String(a.port), password: '', mailbox: a.mailbox ?? 'INBOX' });
          const match = Object.entries(s.presets).find(([, p]) => p.host === a.host);
          setPreset(match ? match[0] : 'other');
        }
        if (s.sync?.state === 'running') void pollSync();
      })
      .catch((e: unknown) => setError(asApiError(e)));
    return () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    };
  }, [pollSync]);

  function choosePreset(id: string) {
    setPreset(id);
    const p = settings?.presets[id];
    if (p) setForm({ ...form, host: p.host, port: String(p.port), secure: p.secure });
  }

  const body = () => ({
    host: form.host,
    port: Number(form.port),
    secure: form.secure,
    user: form.user,
    mailbox: form.mailbox || 'INBOX',
    ...(form.password ? { password: form.password } : {}),
  });

  async function save(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const r = await api.put<{ account: AccountView }>('/api/imap', body());
      setSettings((s) => (s ? { ...s, account: r.account } : s));
      setForm({ ...form, password: '' });
      setNotice(t('saved'));
    } catch (e) {
      fail(e);
    }
  }

  async function test() {
    setError(null);
    try {
      const r = await api.post<{ messages: number }>('/api/imap/test', body());
      setNotice(
        lang === 'ja'
          ? `接続できました。フォルダ内のメール: ${r.messages}件`
          : `Connected. Messages in the folder: ${r.messages}`,
      );
    } catch (e) {
      fail(e);
    }
  }

  async function syncNow() {
    setError(null);
    setNotice(null);
    try {
      await api.post('/api/imap/sync', {});
      await pollSync();
    } catch (e) {
      fail(e);
    }
  }

  const note = settings?.presets[preset]?.note;
  const saved = settings?.account ?? null;
  return (
    <section aria-labelledby="mail-title">
      <h1 id="mail-title">{t('mailSettingsTitle')}</h1>
      <p className="hint">{t('mailSettingsIntro')}</p>
      <form className="form" onSubmit={save}>
        <label htmlFor="imap-preset">{t('provider')}</label>
        <select id="imap-preset" value={preset} onChange={(e) => choosePreset(e.target.value)}>
          <option value="">—</option>
          {Object.entries(settings?.presets ?? {}).map(([id, p]) => (
            <option key={id} value={id}>
              {p.label}
            </option>
          ))}
          <option value="other">{t('providerOther')}</option>
        </select>
        {note ? <p className="hint">{inLang(note, lang)}</p> : null}
        <label htmlFor="imap-host">{t('imapHost')}</label>
        <input
          id="imap-host"
          required
          value={form.host}
          onChange={(e) => setForm({ ...form, host: e.target.value })}
        />
        <label htmlFor="imap-port">{t('imapPort')}</label>
        <input
          id="imap-port"
          type="number"
          min={1}
          max={65535}
          required
          value={form.port}
          onChange={(e) => setForm({ ...form, port: e.target.value })}
        />
        <label className="check">
          <input
            type="checkbox"
            checked={form.secure}
            onChange={(e) => setForm({ ...form, secure: e.target.checked })}
          />
          {t('imapTls')}
        </label>
        <label htmlFor="imap-user">{t('imapUser')}</label>
        <input
          id="imap-user"
          autoComplete="username"
          required
          value={form.user}
          onChange={(e) => setForm({ ...form, user: e.target.value })}
        />
        <label htmlFor="imap-password">{t('appPassword')}</label>
        <input
          id="imap-password"
          type="password"
          autoComplete="new-password"
          placeholder={saved?.passwordSet ? t('passwordSet') : ''}
          value={form.password}
          onChange={(e) => setForm({ ...form, password: e.target.value })}
        />
        <details>
          <summary>{t('appPasswordWhat')}</summary>
          <p>{t('appPasswordHelp')}</p>
        </details>
        <label htmlFor="imap-mailbox">{t('imapMailbox')}</label>
        <input
          id="imap-mailbox"
          value={form.mailbox}
          onChange={(e) => setForm({ ...form, mailbox: e.target.value })}
        />
        <ErrorNote error={error} />
        {notice ? <p role="status">{notice}</p> : null}
        <div className="actions">
          <button type="button" onClick={test}>
            {t('testConnection')}
          </button>
          <button type="submit">{t('save')}</button>
        </div>
      </form>
      <h2>{t('syncHeading')}</h2>
      <p>
        {t('lastSync')}: {last ? formatInstant(last.at, lang) : t('neverSynced')}
      </p>
      <button type="button" onClick={syncNow} disabled={!saved || sync?.state === 'running'}>
        {sync?.state === 'running' ? t('syncing') : t('syncNow')}
      </button>
      {sync ? (
        <section className="panel" aria-live="polite" aria-labelledby="sync-state">
          <h3 id="sync-state">
            {sync.state === 'running'
              ? t('syncing')
              : sync.state === 'done'
                ? t('syncDone')
                : t('syncFailed')}
          </h3>
          {sync.error ? (
            <p className="error" role="alert">
              {lang === 'ja' ? sync.error.error : sync.error.errorEn}
            </p>
          ) : null}
          <Counts counts={sync.result ?? sync.progress} />
          {sync.state === 'done' ? <a href="#/inbox">{t('openInbox')}</a> : null}
        </section>
      ) : null}
    </section>
  );
}

const asApiError = (e: unknown) => (e instanceof ApiError ? e : null);

/** '2026-11-22T09:00:00+09:00' → 2026/11/22 09:00 (stored instants carry the Tokyo offset). */
const formatInstant = (iso: string, lang: Lang) => {
  const [date = '', time = ''] = iso.split('T');
  const shown = `${date.replaceAll('-', '/')} ${time.slice(0, 5)}`;
  return lang === 'ja' ? shown : `${shown} (Tokyo)`;
};
