import { useState } from 'react';
import { ACTION_LABELS } from '../../../src/core/followup/labels.js';
import type { Action, ActionId } from '../../../src/core/followup/types.js';
import { ApiError, api } from '../api.js';
import { ErrorNote } from '../components/ErrorNote.js';
import { useLoad } from '../components/useLoad.js';
import { formatDate, useLang, useT } from '../i18n.js';

interface TodayResponse {
  date: string;
  list: { now: Action[]; upcoming: Action[]; waiting: { action: Action; daysLeft: number }[] };
  pipeline: { activeCount: number; waitingCount: number };
}

/** 今日やること: what to do now, what is coming, what is waiting — across applications. */
export function TodayPage() {
  const t = useT();
  const { lang } = useLang();
  const { data, error, reload } = useLoad(() => api.get<TodayResponse>('/api/today'), 'today');
  if (error) return <ErrorNote error={error} />;
  if (!data) return <p>{t('loading')}</p>;
  const { now, upcoming, waiting } = data.list;
  const empty = now.length + upcoming.length + waiting.length === 0;
  return (
    <section aria-labelledby="today-title">
      <h1 id="today-title">
        {t('todayTitle')} <small className="meta">{formatDate(data.date, lang)}</small>
      </h1>
      {empty ? <p className="empty">{t('todayEmpty')}</p> : null}
      <p>
        <a className="button" href="#/record">
          {t('recordInterview')}
        </a>
      </p>
      {now.length > 0 ? (
        <section aria-labelledby="now-title">
          <h2 id="now-title">{t('doNow')}</h2>
          <ul className="cards">
            {now.map((a) => (
              <ActionCard key={a.id} action={a} onDone={reload} />
            ))}
          </ul>
        </section>
      ) : null}
      {waiting.length > 0 ? (
        <section aria-labelledby="waiting-title">
          <h2 id="waiting-title">{t('waitingTitle')}</h2>
          <ul className="cards">
            {waiting.map(({ action, daysLeft }) => (
              <li key={action.id} className="card" data-action="wait">
                <a href={`#/applications/${action.applicationId}`}>
                  <strong>{action.company}</strong>
                </a>
                <p className="countdown">
                  {daysLeft > 0
                    ? `${t('daysLeft')} ${daysLeft}${t('daysUnit')}`
                    : t('deadlineToday')}{' '}
                  · {t('deadline')}: {formatDate(action.window.until, lang)}
                </p>
                <p className="reason">{action.reason[lang]}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {upcoming.length > 0 ? (
        <section aria-labelledby="upcoming-title">
          <h2 id="upcoming-title">{t('upcomingTitle')}</h2>
          <ul className="cards">
            {upcoming.map((a) => (
              <ActionCard key={a.id} action={a} onDone={reload} upcoming />
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}

const DONE_ACTIONS: ReadonlySet<ActionId> = new Set([
  'send_thanks',
  'state_intent',
  'inquire',
  'reinquire',
  'reply',
  'reply_to_rejection',
  'check_missed',
  'reflect',
  'move_on',
]);

interface Warning {
  code: string;
  reason: { ja: string; en: string };
}

function ActionCard({
  action,
  onDone,
  upcoming,
}: {
  action: Action;
  onDone: () => void;
  upcoming?: boolean;
}) {
  const t = useT();
  const { lang } = useLang();
  const [warnings, setWarnings] = useState<Warning[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  async function done(override: boolean) {
    setError(null);
    try {
      await api.post(`/api/applications/${action.applicationId}/actions`, {
        action: action.action,
        ...(action.template ? { template: action.template } : {}),
        ...(action.template?.startsWith('phone_') ? { medium: 'phone' } : {}),
        ...(override ? { override: true } : {}),
      });
      setWarnings(null);
      onDone();
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) {
        setWarnings(
          ((e.body as { check?: { warnings?: Warning[] } }).check?.warnings ?? []) as Warning[],
        );
      } else setError(e instanceof ApiError ? e : null);
    }
  }
  const { from, recommended, until } = action.window;
  return (
    <li className="card" data-action={action.action}>
      <a href={`#/applications/${action.applicationId}`}>
        <strong>{action.company}</strong>
      </a>{' '}
      <span className="badge-action">{ACTION_LABELS[action.action][lang]}</span>
      {action.optional ? <span className="meta"> ({t('optional')})</span> : null}
      <p className="meta">
        {from ? `${t('windowFrom')}: ${formatDate(from, lang)}` : null}
        {recommended && recommended !== from
          ? ` · ${t('recommended')}: ${formatDate(recommended, lang)}`
          : null}
        {until ? ` · ${t('until')}: ${formatDate(until, lang)}` : null}
      </p>
      {/* The reason already cites its seed (出典). */}
      <p className="reason">{action.reason[lang]}</p>
      <div className="actions">
        {action.template ? (
          <a className="button" href={`#/draft/${action.applicationId}/${action.template}`}>
            {t('openDraft')}
          </a>
        ) : null}
        {action.action === 'prepare' ? (
          <a className="button" href={`#/review/${action.applicationId}`}>
            {t('rereadStatements')}
          </a>
        ) : null}
        {action.action === 'reflect' ? (
          <a className="button" href={`#/review/${action.applicationId}`}>
            {t('writeReflection')}
          </a>
        ) : null}
        {action.action === 'pipeline' ? (
          <a className="button" href="#/record">
            {t('recordInterview')}
          </a>
        ) : null}
        {DONE_ACTIONS.has(action.action) && !upcoming ? (
          <button type="button" className="secondary" onClick={() => done(false)}>
            {t('markDone')}
          </button>
        ) : null}
      </div>
      {warnings ? (
        <div role="alert" className="warn-box">
          <ul>
            {warnings.map((w) => (
              <li key={w.code}>{w.reason[lang]}</li>
            ))}
          </ul>
          <button type="button" className="secondary" onClick={() => done(true)}>
            {t('overrideAndRecord')}
          </button>
        </div>
      ) : null}
      <ErrorNote error={error} />
    </li>
  );
}
