import type { PromiseParser } from '../types.js';
import { WEEKDAY_INDEX } from './span-piece.js';

const WEEK_OFFSET: Record<string, number> = { 今週: 0, 来週: 1, 翌週: 1, 次週: 1, 再来週: 2 };

/**
 * "水曜日までに" (the next Wednesday strictly after t0), "来週の水曜日" (next week's), "今週の
 * 金曜" (this week's), "来週の月曜か火曜" (the later one). Runs before the week-period parser, which would read "来週" alone.
 */
export const weekdayParser: PromiseParser = {
  name: 'weekday',
  hints: '曜',
  pattern:
    /(?:(?<week>再来週|来週|翌週|次週|今週|今度)\s*の?\s*)?(?<![(（])(?<wd>[月火水木金土日])曜(?:日)?(?:\s*(?:か|~|から|、|・|または|もしくは)\s*(?<wd2>[月火水木金土日])曜(?:日)?)?/g,
  extract(m, span) {
    const g = m.groups ?? {};
    // "来週の月曜か火曜": the later day, in the same week.
    const weekday = WEEKDAY_INDEX[g.wd2 ?? g.wd ?? ''];
    if (weekday === undefined) return null;
    const weekOffset = g.week === undefined ? null : (WEEK_OFFSET[g.week] ?? null);
    return { kind: 'date', target: { type: 'weekday', weekday, weekOffset }, span };
  },
};
