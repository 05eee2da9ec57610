import type { PromiseParser } from '../types.js';

/** 年内 / 今年中 / 年末まで → the last business day of t0's year (12/28 or earlier by default). */
export const yearPeriodParser: PromiseParser = {
  name: 'year-period',
  hints: '年',
  pattern: /年内|(?:今年|本年)(?:中|いっぱい|内)|年末(?:まで|までに)?/g,
  extract(_m, span) {
    return { kind: 'period', target: { type: 'year_end' }, span };
  },
};
