import { formatDate, useLang, useT } from '../i18n.js';
import type { PromiseReading } from '../types.js';

/** The four dates of a promise, the early reading when ambiguous, and why. */
export function PromiseDates({ reading }: { reading: PromiseReading }) {
  const t = useT();
  const { lang } = useLang();
  if (reading.kind === 'unparsed') {
    return (
      <p className="warn">
        {t('unparsed')}
        {reading.error ? `: ${reading.error}` : ''}
      </p>
    );
  }
  const rows: [string, string | null][] = [
    [t('deadline'), reading.deadline],
    [t('earliestInquiry'), reading.earliestInquiry],
    [t('recommendedInquiry'), reading.recommendedInquiry],
    [t('silentAfter'), reading.silentAfter],
  ];
  // One sentence per line: the explanation names each calendar fact it used.
  const explanation = (reading.explanation?.[lang] ?? '')
    .split(lang === 'ja' ? /(?<=。)/ : /(?<=\.)\s+(?=[A-Z])/)
    .map((line) => line.trim())
    .filter(Boolean);
  const early = reading.explanation?.earlyDeadline ?? null;
  return (
    <div className="dates">
      {reading.passOnly ? <p className="badge">{t('passOnly')}</p> : null}
      <dl>
        {rows.map(([label, value]) => (
          <div key={label} className="date-row">
            <dt>{label}</dt>
            <dd data-testid={`date-${label}`}>{formatDate(value, lang)}</dd>
          </div>
        ))}
        {reading.ambiguous && early ? (
          <div className="date-row">
            <dt>{t('earlyReading')}</dt>
            <dd>{formatDate(early, lang)}</dd>
          </div>
        ) : null}
      </dl>
      {explanation.length > 0 ? (
        <details>
          <summary>{t('explanation')}</summary>
          <ul>
            {explanation.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
