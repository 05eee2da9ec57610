import type { CalendarConfig } from '../calendar/calendar-config.js';
import { DEFAULT_CALENDAR } from '../calendar/calendar-config.js';
import { compute } from '../promise/compute-dates.js';
import { parsePromise } from '../promise/parse-promise.js';

/** A sentence worth reading for a date: a numeral, or a word the grammar reads as a day. */
const DATE_HINT =
  /[0-9０-９一二三四五六七八九十]|明日|明後日|本日|今週|来週|週明け|今月|来月|月末|年内/;
const MAX_SENTENCE = 200;
/** Kinds that name a day; a bare duration ("1週間") in a company mail is rarely a deadline. */
const DATED_KINDS = new Set(['date', 'period', 'business_days']);

/**
 * Dates a company message names (返信期限, 提出期限, "12月1日までにご連絡します"), read sentence by
 * sentence with the promise grammar, relative to the day the message was received. Earliest
 * first, each once. Quoted lines ("> …") are the user's own words and are skipped.
 * @example findDates('12月1日（火）までにご返信ください。', '2026-11-24') // ['2026-12-01']
 */
export function findDates(
  text: string,
  t0: string,
  calendar: CalendarConfig = DEFAULT_CALENDAR,
): string[] {
  const found = new Set<string>();
  const lines = text.split('\n').filter((line) => !/^\s*[>＞]/.test(line));
  for (const sentence of lines.join('\n').split(/[。\n]/)) {
    const s = sentence.trim();
    if (s.length < 3 || s.length > MAX_SENTENCE || !DATE_HINT.test(s)) continue;
    const parsed = parsePromise(s);
    if (parsed.status !== 'read') continue;
    // The dates only: an explanation is for promises the user sees, not for every sentence.
    const { dates } = compute(parsed, t0, calendar);
    if (dates.deadline && DATED_KINDS.has(dates.kind)) found.add(dates.deadline);
  }
  return [...found].sort();
}
