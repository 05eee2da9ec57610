import { type DayNumber, ymdOf } from '../calendar/civil-date.js';
import { type CompiledCalendar, closureOf } from '../calendar/closure.js';
import { formatEn, formatJa } from '../calendar/format-date.js';

/** Date formatters bound to t0's year (the year is shown only when it differs). */
export function formatters(t0: DayNumber) {
  const y = ymdOf(t0).y;
  return { ja: (d: DayNumber) => formatJa(d, y), en: (d: DayNumber) => formatEn(d, y) };
}

const MAX_FACTS = 3;

/**
 * Calendar facts for the closed days in [from, to]: "11月28日（土）は土曜日、11月29日（日）は
 * 日曜日" / "Sat Nov 28 is a Saturday …". Consecutive days with the same reason are grouped
 * ("12月29日（火）〜1月3日（日）は年末年始休業").
 */
export function closureFacts(
  cal: CompiledCalendar,
  t0: DayNumber,
  from: DayNumber,
  to: DayNumber,
): { ja: string; en: string } | null {
  const f = formatters(t0);
  const groups: { first: DayNumber; last: DayNumber; ja: string; en: string }[] = [];
  for (let d = from; d <= to; d++) {
    const c = closureOf(cal, d);
    if (!c) continue;
    const prev = groups.at(-1);
    if (prev && prev.last === d - 1 && prev.ja === c.ja && c.code !== 'weekend') prev.last = d;
    else groups.push({ first: d, last: d, ja: c.ja, en: c.en });
  }
  if (groups.length === 0) return null;
  const shown = groups.slice(0, MAX_FACTS);
  const more = groups.length > MAX_FACTS;
  const ja = shown
    .map(
      (g) => `${g.first === g.last ? f.ja(g.first) : `${f.ja(g.first)}〜${f.ja(g.last)}`}は${g.ja}`,
    )
    .join('、');
  const en = shown
    .map(
      (g) => `${g.first === g.last ? f.en(g.first) : `${f.en(g.first)}–${f.en(g.last)}`}: ${g.en}`,
    )
    .join('; ');
  return { ja: more ? `${ja}など` : ja, en: more ? `${en}; …` : en };
}
