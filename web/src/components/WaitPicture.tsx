import type { ApplicationTimeline } from '../../../src/core/followup/timeline.js';
import { type Lang, useLang } from '../i18n.js';

const DAY = 86_400_000;
const dayIndex = (iso: string) =>
  Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY;
const SPAN_COLOR = { wait: '#cfe0f1', inquiry_window: '#d8efd3', silence: '#eadfdf' } as const;
const MARK_COLOR: Record<string, string> = {
  interview: '#1f4e79',
  deadline: '#b42318',
  early_deadline: '#e3a008',
  earliest_inquiry: '#2f7d32',
  recommended_inquiry: '#1b5e20',
  silent_after: '#6b4f4f',
  today: '#111',
  event: '#57606a',
};

/** The wait of one application as a picture: interview → deadline → inquiry window → silence. */
export function WaitPicture({ timeline }: { timeline: ApplicationTimeline }) {
  const { lang } = useLang();
  const start = dayIndex(timeline.range.from);
  const days = Math.max(1, dayIndex(timeline.range.to) - start + 1);
  const width = 700;
  const x = (iso: string) => ((dayIndex(iso) - start) / days) * width;
  const keyMarkers = timeline.markers.filter((m) => m.kind !== 'event');
  return (
    <figure className="wait-picture">
      <svg
        viewBox={`0 0 ${width} 70`}
        role="img"
        aria-label={describe(timeline, lang)}
        preserveAspectRatio="none"
      >
        {timeline.spans.map((s) => (
          <rect
            key={`${s.kind}-${s.from}`}
            x={x(s.from)}
            y={20}
            width={Math.max(2, x(s.to) - x(s.from) + width / days)}
            height={24}
            fill={SPAN_COLOR[s.kind]}
          >
            <title>{s.label[lang]}</title>
          </rect>
        ))}
        {timeline.markers.map((m) => (
          <line
            key={`${m.kind}-${m.date}-${m.eventId ?? ''}`}
            x1={x(m.date) + width / days / 2}
            x2={x(m.date) + width / days / 2}
            y1={m.kind === 'event' ? 14 : 8}
            y2={56}
            stroke={MARK_COLOR[m.kind] ?? '#555'}
            strokeWidth={m.kind === 'today' ? 3 : 2}
            strokeDasharray={m.kind === 'today' ? '4 3' : undefined}
          >
            <title>{`${m.label[lang]} ${m.date}`}</title>
          </line>
        ))}
      </svg>
      <figcaption>
        <ul className="legend">
          {keyMarkers.map((m) => (
            <li key={`${m.kind}-${m.date}`}>
              <span className="swatch" style={{ background: MARK_COLOR[m.kind] }} /> {m.label[lang]}{' '}
              {m.date.slice(5).replace('-', '/')}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

function describe(timeline: ApplicationTimeline, lang: Lang): string {
  return timeline.markers
    .filter((m) => m.kind !== 'event')
    .map((m) => `${m.label[lang]} ${m.date}`)
    .join(', ');
}
