import { OUTCOMES, STAGE_LABELS, STAGES } from '../../../src/core/domain/stage.js';
import type { Funnel } from '../../../src/core/followup/funnel.js';
import { api } from '../api.js';
import { ErrorNote } from '../components/ErrorNote.js';
import { useLoad } from '../components/useLoad.js';
import { formatDate, useLang, useT } from '../i18n.js';
import { stageLabel } from '../labels.js';
import type { ApplicationSummary } from '../types.js';

export function ApplicationsPage() {
  const t = useT();
  const { lang } = useLang();
  const { data, error } = useLoad(
    () => api.get<{ applications: ApplicationSummary[]; funnel: Funnel }>('/api/applications'),
    'apps',
  );
  return (
    <section aria-labelledby="apps-title">
      <h1 id="apps-title">{t('applicationsTitle')}</h1>
      <p>
        <a className="button" href="#/record">
          {t('recordInterview')}
        </a>
      </p>
      <ErrorNote error={error} />
      {data && data.funnel.total > 0 ? (
        <section aria-labelledby="funnel-title">
          <h2 id="funnel-title">{t('funnelTitle')}</h2>
          <ul className="funnel">
            {STAGES.filter((s) => data.funnel.reached[s] > 0).map((s) => (
              <li key={s}>
                {STAGE_LABELS[s][lang]} <strong>{data.funnel.byStage[s]}</strong>
                <span className="meta"> / {data.funnel.reached[s]}</span>
              </li>
            ))}
            {OUTCOMES.filter((o) => data.funnel.byOutcome[o] > 0).map((o) => (
              <li key={o}>
                {STAGE_LABELS[o][lang]} <strong>{data.funnel.byOutcome[o]}</strong>
              </li>
            ))}
          </ul>
          <p className="hint">{t('funnelHint')}</p>
        </section>
      ) : null}
      {data && data.applications.length === 0 ? (
        <p className="empty">{t('applicationsEmpty')}</p>
      ) : null}
      {data && data.applications.length > 0 ? (
        <ul className="cards">
          {data.applications.map(({ application, company, status, promise }) => (
            <li key={application.id} className="card">
              <a href={`#/applications/${application.id}`}>
                <strong>{company.name}</strong>
                {application.position ? <span> · {application.position}</span> : null}
              </a>
              <div className="meta">
                <span>{stageLabel(status, lang)}</span>
                {promise?.parsed?.deadline ? (
                  <span>
                    {t('deadline')}: {formatDate(promise.parsed.deadline, lang)}
                  </span>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
