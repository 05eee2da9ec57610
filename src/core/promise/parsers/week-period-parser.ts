import type { PeriodTarget, PromiseParser } from '../types.js';

const WEEK_OFFSET: Record<string, number> = { 今週: 0, 来週: 1, 翌週: 1, 次週: 1, 再来週: 2 };

/**
 * Week periods (weeks run Monday–Sunday, spec "Periods"): 今週中 → this week's last business
 * day; 来週(中|いっぱい|末|後半) or 来週 alone → next week's; 来週前半 → on or before next
 * Wednesday; 来週半ば → on or before next Thursday (our reading: the later edge of "mid");
 * 週明け / 来週頭 / 来週初め → the first business day of next week. 再来週 is two weeks on.
 */
export const weekPeriodParser: PromiseParser = {
  name: 'week-period',
  hints: '週',
  pattern:
    /(?<week>再来週|来週|翌週|次週|今週)\s*(?:の\s*)?(?<part>中頃|中ごろ|なかごろ|中|じゅう|いっぱい|末|前半|後半|半ば|頭|初め|はじめ|明け|早々|うち)?|(?<start>週明け|週明|週初め|週の初め)|(?<end>週末|週内)/g,
  extract(m, span) {
    const g = m.groups ?? {};
    if (g.start) return period({ type: 'week_start', weekOffset: 1 }, span);
    if (g.end) return period({ type: 'week_end', weekOffset: 0 }, span);
    const weekOffset = WEEK_OFFSET[g.week ?? ''] ?? 1;
    switch (g.part) {
      case '前半':
        return period({ type: 'week_until', weekOffset, weekday: 3 }, span);
      case '半ば':
      case '中頃':
      case '中ごろ':
      case 'なかごろ':
        return period({ type: 'week_until', weekOffset, weekday: 4 }, span);
      case '頭':
      case '初め':
      case 'はじめ':
      case '明け':
      case '早々':
        return period({ type: 'week_start', weekOffset }, span);
      default:
        return period({ type: 'week_end', weekOffset }, span);
    }
  },
};

function period(target: PeriodTarget, span: { start: number; end: number; text: string }) {
  return { kind: 'period' as const, target, span };
}
