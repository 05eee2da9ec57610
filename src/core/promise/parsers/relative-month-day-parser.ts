import { NUM, parseNumeral } from '../numerals.js';
import type { PromiseParser } from '../types.js';
import { BRACKET_WEEKDAY, writtenWeekday } from './span-piece.js';

const RELATIVE: Record<string, number> = { 今月: 0, 当月: 0, 来月: 1, 翌月: 1, 再来月: 2 };

/**
 * "今月20日まで", "来月5日(月)": a day of a month named relative to t0. Runs before the
 * month-period parser, which would read "来月" alone as the whole month.
 */
export const relativeMonthDayParser: PromiseParser = {
  name: 'relative-month-day',
  hints: '月',
  numeric: true,
  pattern: new RegExp(
    `(?<rel>再来月|来月|翌月|今月|当月)\\s*(?:の\\s*)?(?<day>${NUM})\\s*日${BRACKET_WEEKDAY}`,
    'g',
  ),
  extract(m, span) {
    const g = m.groups ?? {};
    const day = parseNumeral(g.day ?? '');
    if (day === null || day < 1 || day > 31) return null;
    const relative = RELATIVE[g.rel ?? ''] ?? 0;
    const weekday = writtenWeekday(g);
    return { kind: 'date', target: { type: 'relative_month_day', relative, day, weekday }, span };
  },
};
