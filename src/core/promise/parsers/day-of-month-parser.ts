import { NUM, parseNumeral } from '../numerals.js';
import type { PromiseParser } from '../types.js';
import { BRACKET_WEEKDAY, writtenWeekday } from './span-piece.js';

/**
 * A day without a month: "27日(金)まで", "27日までに", "30日中に". Needs a bracketed weekday or
 * a following まで/中/に/頃, else "3日" would be read as a date. Runs after the days parser,
 * which claims counts such as "3日中" and "10日以内".
 */
export const dayOfMonthParser: PromiseParser = {
  name: 'day-of-month',
  hints: '日',
  numeric: true,
  pattern: new RegExp(
    `(?<![\\d月/〇一二三四五六七八九十])(?<day>${NUM})\\s*日${BRACKET_WEEKDAY}(?<tail>\\s*(?:まで|迄|中|頃|ごろ|に))?`,
    'g',
  ),
  extract(m, span) {
    const g = m.groups ?? {};
    if (g.wd === undefined && g.wd2 === undefined && g.tail === undefined) return null;
    const day = parseNumeral(g.day ?? '');
    if (day === null || day < 1 || day > 31) return null;
    const weekday = writtenWeekday(g);
    return { kind: 'date', target: { type: 'day_of_month', day, weekday }, span };
  },
};
