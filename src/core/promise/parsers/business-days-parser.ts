import { NUM, RANGE_SEP } from '../numerals.js';
import type { PromiseParser } from '../types.js';
import { durationPiece } from './duration.js';

/**
 * Counted business days: "3営業日以内", "2~3営業日", "営業日で5日", "土日祝を除いて3日",
 * "土・日・祝日を除く3日", and the idiom "翌営業日" (N=1).
 */
export const businessDaysParser: PromiseParser = {
  name: 'business-days',
  hints: '営除',
  pattern: new RegExp(
    [
      `(?:(?<lower>${NUM})\\s*(?:営業日)?${RANGE_SEP})?(?<upper>${NUM})\\s*営業日`,
      `営業日(?:ベース)?で\\s*(?<upper2>${NUM})\\s*日`,
      `土\\s*・?\\s*日(?:\\s*・?\\s*祝(?:日|祭日)?)?\\s*を?\\s*除(?:いて|く|き)\\s*(?<upper3>${NUM})\\s*日`,
      '(?<next>翌営業日)',
    ].join('|'),
    'g',
  ),
  extract(m, span) {
    const g = m.groups ?? {};
    if (g.next) return { kind: 'business_days', n: 1, lower: null, span };
    const upper = g.upper ?? g.upper2 ?? g.upper3;
    return durationPiece('business_days', { lower: g.lower, upper }, span);
  },
};
