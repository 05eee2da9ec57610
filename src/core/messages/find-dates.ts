import type { CalendarConfig } from '../calendar/calendar-config.js';
import { DEFAULT_CALENDAR } from '../calendar/calendar-config.js';
import { readPromise } from '../promise/read-promise.js';

/** A sentence worth reading for a date: a numeral, or a word the grammar reads as a day. */
const DATE_HINT =
  /[0-9０-９一二三四五六七八九十]|明日|明後日|本日|今週|来週|週明け|今月|来月|月末|年内/;
const MAX_SENTENCE = 200;

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
    const reading = readPromise(s, t0, calendar);
    if (
      reading.deadline &&
      (reading.kind === 'date' || reading.kind === 'period' || reading.kind === 'business_days')
    ) {
      found.add(reading.deadline);
    }
  }
  return [...found].sort();
}
