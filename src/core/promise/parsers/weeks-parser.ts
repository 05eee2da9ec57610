import { NUM, RANGE_SEP } from '../numerals.js';
import type { PromiseParser } from '../types.js';
import { durationPiece } from './duration.js';
import { unparsedPiece } from './span-piece.js';

/** "1週間以内", "一週間程度", "約1週間", "1週間後", "2週間前後", "1~2週間"; "数週間" is too vague. */
export const weeksParser: PromiseParser = {
  name: 'weeks',
  hints: '週',
  numeric: true,
  pattern: new RegExp(
    `(?<![\\d〇一二三四五六七八九十])(?:(?<lower>${NUM})\\s*(?:週間)?${RANGE_SEP})?(?<upper>${NUM}|数)\\s*週間(?:以内|程度|ほど|くらい|ぐらい|前後|後|で)?`,
    'g',
  ),
  extract(m, span) {
    const g = m.groups ?? {};
    if (g.upper === '数') {
      return unparsedPiece(span, {
        ja: '「数週間」は期間が特定できません',
        en: '"数週間" (a few weeks) does not name a length',
      });
    }
    return durationPiece('weeks', g, span);
  },
};
