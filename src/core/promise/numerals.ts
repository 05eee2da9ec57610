/**
 * Numbers as people write them: 3, 14 (after normalisation of ３, １４), 三, 十四, 二十, 二十一.
 * `NUM` is the regex source to embed; `parseNumeral` reads what it matched.
 */
export const NUM = '(?:\\d{1,4}|[〇一二三四五六七八九十]{1,4})';

const KANJI_DIGITS: Record<string, number> = {
  〇: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 十 → 10, 十四 → 14, 二十 → 20, 二十一 → 21, 一〇 → 10 (digit-by-digit); null if unreadable. */
export function parseNumeral(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  const ten = s.indexOf('十');
  if (ten === -1) {
    let v = 0;
    for (const ch of s) {
      const digit = KANJI_DIGITS[ch];
      if (digit === undefined) return null;
      v = v * 10 + digit;
    }
    return s.length > 0 ? v : null;
  }
  if (s.indexOf('十', ten + 1) !== -1) return null;
  const head = s.slice(0, ten);
  const tail = s.slice(ten + 1);
  const tens = head === '' ? 1 : KANJI_DIGITS[head];
  const ones = tail === '' ? 0 : KANJI_DIGITS[tail];
  if (tens === undefined || ones === undefined || head.length > 1 || tail.length > 1) return null;
  return tens * 10 + ones;
}

/** Separators of a range "2、3日", "7~10日", "3日から5日" (after normalisation 〜/～ are '~'). */
export const RANGE_SEP = '\\s*(?:~|-|、|,|・|から)\\s*';
