import { NUM, RANGE_SEP } from '../numerals.js';
import type { PromiseParser } from '../types.js';
import { durationPiece } from './duration.js';

/**
 * Month counts: "1か月以内", "1ヶ月", "一カ月程度", "ひと月ほど". A bare "1月" is January, so a
 * counter (か/ヶ/ケ/カ/ヵ/箇) is required.
 */
export const monthsParser: PromiseParser = {
  name: 'months',
  hints: '月ひ',
  pattern: new RegExp(
    `(?<![\\d〇一二三四五六七八九十])(?:(?<lower>${NUM})\\s*(?:[かヶケカヵ箇]月)?${RANGE_SEP})?(?<upper>${NUM})\\s*[かヶケカヵ箇]月(?:間)?(?:以内|程度|ほど|くらい|ぐらい|前後|後|で)?|(?<one>ひと月|ひとつき)(?:間)?(?:以内|程度|ほど|くらい|ぐらい|前後|後|で)?`,
    'g',
  ),
  extract(m, span) {
    const g = m.groups ?? {};
    if (g.one) return { kind: 'months', n: 1, lower: null, span };
    return durationPiece('months', g, span);
  },
};
