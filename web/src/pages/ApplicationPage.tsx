import { STAGE_LABELS } from '../../../src/core/domain/stage.js';
import { ACTION_LABELS } from '../../../src/core/followup/labels.js';
import type { ApplicationTimeline } from '../../../src/core/followup/timeline.js';
import type { Action } from '../../../src/core/followup/types.js';
import { WaitPicture } from '../components/WaitPicture.js';
import { api } from '../api.js';
import { ErrorNote } from '../components/ErrorNote.js';
import { PromiseDates } from '../components/PromiseDates.js';
import { useLoad } from '../components/useLoad.js';
import { type Lang, formatDate, useLang, useT } from '../i18n.js';
import { eventLabel, stageLabel } from '../labels.js';
import type { ApplicationEvent, ApplicationView } from '../types.js';

export function ApplicationPage({ id }: { id: string }) {
  const t = useT();
  const { lang } = useLang();
  const { data, error } = useLoad(() => api.get<ApplicationView>(`/api/applications/${id}`), id);
  const followup = useLoad(
    () =>
      api.get<{ actions: Action[]; timeline: ApplicationTimeline | null }>(
        `/api/applications/${id}/followup`,
      ),
    `f-${id}`,
  );
  if (error) return <ErrorNote error={error} />;
  if (!data) return <p>{t('loading')}</p>;
  const reading = data.promise?.parsed;
  return (
    <article aria-labelledby="app-title">
      <p>
        <a href="#/applications">← {t('back')}</a>
      </p>
      <h1 id="app-title">{data.company.name}</h1>
      <p className="meta">
        {data.application.position ? <span>{data.application.position} · </span> : null}
        <span title={data.status.reason[lang]}>
          {t('status')}: {stageLabel(data.status, lang)}
        </span>
      </p>
      <p className="reason">{data.status.reason[lang]}</p>
      {data.promise && reading ? (
        <section aria-labelledby="promise-title" className="panel">
          <h2 id="promise-title">{t('promiseReading')}</h2>
          <blockquote>「{data.promise.text}」</blockquote>
          <PromiseDates reading={reading} />
        </section>
      ) : null}
      {followup.data?.timeline ? <WaitPicture timeline={followup.data.timeline} /> : null}
      {followup.data && followup.data.actions.length > 0 ? (
        <section aria-labelledby="next-title">
          <h2 id="next-title">{t('nextActions')}</h2>
          <ul className="plain">
            {followup.data.actions.map((a) => (
              <li key={a.id}>
                <strong>{ACTION_LABELS[a.action][lang]}</strong> — {a.reason[lang]}{' '}
                {a.template ? (
                  <a href={`#/draft/${a.applicationId}/${a.template}`}>{t('openDraft')}</a>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="actions">
        <a className="button" href={`#/record/${data.application.id}`}>
          {t('recordInterview')}
        </a>
        <a
          className="button secondary-link"
          href={`#/draft/${data.application.id}/${followup.data?.actions.find((a) => a.template)?.template ?? 'thanks_after_interview'}`}
        >
          {t('writeDraft')}
        </a>
        <a className="button secondary-link" href={`#/review/${data.application.id}`}>
          {t('reviewLink')}
        </a>
      </p>
      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t('timeline')}</h2>
        {data.events.length === 0 ? <p className="empty">{t('noEvents')}</p> : null}
        <ol className="timeline">
          {data.events.map((event) => (
            <li key={event.id}>
              <time dateTime={event.occurredAt}>
                {formatDate(event.occurredAt, lang)} {event.occurredAt.slice(11, 16)}
              </time>
              <strong>{eventLabel(event.type, lang)}</strong>
              <span>{describe(event, lang)}</span>
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}

function describe(event: ApplicationEvent, lang: Lang): string {
  switch (event.type) {
    case 'interview':
      return [STAGE_LABELS[event.data.stage][lang], event.data.interviewers, event.data.notes]
        .filter(Boolean)
        .join(' · ');
    case 'promise':
      return `「${event.data.text}」`;
    case 'status':
      return event.data.reason;
    case 'note':
      return event.data.text;
    case 'message':
      return event.data.subject ?? event.data.category;
    default:
      return event.data.purpose ?? event.data.template ?? '';
  }
}
