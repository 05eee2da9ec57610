import type { PromiseParser } from '../types.js';

/**
 * 本日中 / 今日中 (0), 明日 / 翌日 (1), 明後日 / あさって (2). A bare 本日 ("本日はありがとう
 * ございました") is not a promise, so 本日/今日 need 中, まで, に or a time of day after them.
 */
export const relativeDayParser: PromiseParser = {
  name: 'relative-day',
  hints: '本今きあ明翌',
  pattern:
    /(?<today>(?:本日|今日|きょう)(?=\s*(?:中|じゅう|まで|の?(?:夕方|夜|夕刻|午後|うち)|に)))|(?<two>明後日|あさって)|(?<one>明日|あした|翌日)/g,
  extract(m, span) {
    const g = m.groups ?? {};
    const offset = g.today ? 0 : g.two ? 2 : 1;
    return { kind: 'date', target: { type: 'relative', offset }, span };
  },
};
