import type { PromiseParser } from '../types.js';
import { BRACKET_WEEKDAY, writtenWeekday } from './span-piece.js';

/** "11/27", "11/27(金)", "2026/11/27", "2026-11-27". Must follow the range-aware days parser. */
export const slashDateParser: PromiseParser = {
  name: 'slash-date',
  hints: '/-.',
  numeric: true,
  pattern: new RegExp(
    `(?<![\\d/.-])(?:(?<year>\\d{4})[/.-](?<ym>\\d{1,2})[/.-](?<yd>\\d{1,2})|(?<month>\\d{1,2})/(?<day>\\d{1,2}))(?![\\d/])${BRACKET_WEEKDAY}`,
    'g',
  ),
  extract(m, span) {
    const g = m.groups ?? {};
    const month = Number(g.ym ?? g.month);
    const day = Number(g.yd ?? g.day);
    if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null;
    const weekday = writtenWeekday(g);
    const year = g.year === undefined ? null : Number(g.year);
    return { kind: 'date', target: { type: 'month_day', year, month, day, weekday }, span };
  },
};
