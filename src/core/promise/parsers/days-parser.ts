import { NUM, RANGE_SEP } from '../numerals.js';
import type { PromiseParser } from '../types.js';
import { durationPiece } from './duration.js';

/** "N日中" is a duration up to a week ("2、3日中"); "27日中に" names the 27th. */
const MAX_N_BEFORE_CHUU = 7;

/**
 * Calendar-day counts: "3日以内", "３日ほどで", "2、3日中に", "7~10日", "十日以内", "3日後".
 * A single "N日" is a count only with a duration word after it; otherwise ("27日まで") it is a
 * day of the month, left to the day-of-month parser. A range is always a count.
 */
export const daysParser: PromiseParser = {
  name: 'days',
  hints: '日',
  numeric: true,
  pattern: new RegExp(
    `(?<![月/\\d〇一二三四五六七八九十])(?:(?<lower>${NUM})\\s*(?:日)?${RANGE_SEP})?(?<upper>${NUM})\\s*日(?<kan>間)?\\s*(?<suffix>以内|ほど|程度|程|くらい|ぐらい|位|前後|後|のうち|内|中|で)?`,
    'g',
  ),
  extract(m, span) {
    const g = m.groups ?? {};
    const isRange = g.lower !== undefined;
    if (!isRange && !g.kan && !g.suffix) return null;
    const piece = durationPiece('days', g, span);
    if (
      piece &&
      'kind' in piece &&
      piece.kind === 'days' &&
      !isRange &&
      g.suffix === '中' &&
      piece.n > MAX_N_BEFORE_CHUU
    ) {
      return null;
    }
    return piece;
  },
};
