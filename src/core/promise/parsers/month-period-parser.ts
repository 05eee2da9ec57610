import { NUM, parseNumeral } from '../numerals.js';
import type { MonthRef, PromiseParser } from '../types.js';

const EARLY = new Set(['上旬', '初旬', '初め', 'はじめ', '頭', '早々']);
const RELATIVE: Record<string, number> = { 今月: 0, 当月: 0, 来月: 1, 翌月: 1, 再来月: 2 };

/**
 * Month periods: 今月中 / 今月末 / 月内 / 月末まで → this month's last business day; 来月中 →
 * next month's; X月上旬 / 初め → rollForward(the 10th); 中旬 → rollForward(the 20th); 下旬 / 末
 * / 中 → the month's last business day. "来月" alone reads like "来週" alone (the whole month);
 * "12月に" / "12月中" likewise. A month number after a day count ("1か月") is the months
 * parser's, which runs first.
 */
export const monthPeriodParser: PromiseParser = {
  name: 'month-period',
  hints: '月',
  pattern: new RegExp(
    `(?:(?<rel>再来月|来月|翌月|今月|当月)|(?<![\\d〇一二三四五六七八九十])(?<m>${NUM})\\s*月(?=\\s*(?:の\\s*)?(?:上旬|初旬|初め|はじめ|頭|早々|中旬|下旬|末|中|いっぱい|内|に|頃|ごろ|まで)))\\s*(?:の\\s*)?(?<part>上旬|初旬|初め|はじめ|頭|早々|中旬|下旬|末|中|じゅう|いっぱい|内|うち)?(?:\\s*(?:~|-|から|ないし|か)\\s*(?<part2>上旬|初旬|中旬|下旬|末))?|(?<within>月内|月末)`,
    'g',
  ),
  extract(m, span) {
    const g = m.groups ?? {};
    let month: MonthRef;
    if (g.within) month = { relative: 0 };
    else if (g.rel) month = { relative: RELATIVE[g.rel] ?? 0 };
    else {
      const n = parseNumeral(g.m ?? '');
      if (n === null || n < 1 || n > 12) return null;
      month = { month: n };
    }
    // "12月中旬から下旬": the later part wins.
    const part = g.part2 ?? g.part ?? '';
    if (EARLY.has(part)) {
      return { kind: 'period', target: { type: 'month_part', month, day: 10 }, span };
    }
    if (part === '中旬')
      return { kind: 'period', target: { type: 'month_part', month, day: 20 }, span };
    return { kind: 'period', target: { type: 'month_end', month }, span };
  },
};
