import { NUM, parseNumeral } from '../numerals.js';
import type { PromiseParser } from '../types.js';
import { BRACKET_WEEKDAY, writtenWeekday } from './span-piece.js';

/**
 * Absolute dates with a month: "11月27日", "2027年1月8日", "12月1日（水）", "11月7~10日" (the
 * later day wins). The year, when absent, is resolved against t0 in compute (spec: "a 1月8日
 * said on 12/20 is next year's").
 */
export const monthDayParser: PromiseParser = {
  name: 'month-day',
  hints: '月',
  numeric: true,
  pattern: new RegExp(
    `(?:(?<year>\\d{4})\\s*年\\s*)?(?<![\\d〇一二三四五六七八九十])(?<month>${NUM})\\s*月\\s*(?:(?<d1>${NUM})\\s*日?\\s*(?:~|から|-)\\s*)?(?<day>${NUM})\\s*日${BRACKET_WEEKDAY}`,
    'g',
  ),
  extract(m, span) {
    const g = m.groups ?? {};
    const month = parseNumeral(g.month ?? '');
    const day = parseNumeral(g.day ?? '');
    if (month === null || day === null || month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    const weekday = writtenWeekday(g);
    const year = g.year === undefined ? null : Number(g.year);
    return { kind: 'date', target: { type: 'month_day', year, month, day, weekday }, span };
  },
};
