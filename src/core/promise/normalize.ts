/**
 * Full-width to half-width, one output char per input char, so spans index the original
 * text (chrono's toHankaku idea). ＡＢ１２（）／～ → AB12()/~; the wave dash 〜 (U+301C) also
 * becomes '~' since both are used for ranges ("7〜10日", "7～10日"); ideographic space → ' ';
 * dashes and minus signs → '-'.
 */
const NEEDS_WORK = /[\uff01-\uff5e\u301c\u3000\u2010\u2013\u2014\u2212]/;

export function normalize(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x301c) out += '~';
    else if (c === 0x3000) out += ' ';
    else if (c === 0x2010 || c === 0x2013 || c === 0x2014 || c === 0x2212) out += '-';
    else out += text[i];
  }
  return out;
}
