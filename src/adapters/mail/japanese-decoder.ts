import { TextDecoder } from 'node:util';
import Encoding from 'encoding-japanese';

type JapaneseFamily = 'JIS' | 'SJIS' | 'EUCJP';

const WHATWG_LABEL: Record<JapaneseFamily, string> = {
  JIS: 'iso-2022-jp',
  SJIS: 'shift_jis',
  EUCJP: 'euc-jp',
};

/**
 * Native WHATWG decoders where Node has full ICU (the official builds do). They map every
 * code encoding-japanese maps to the same character (checked over all Shift_JIS pairs:
 * ① 0x8740, ㈱ 0x878D, ～ 0x8160 → U+FF5E), and more: the NEC row 13 symbols in
 * ISO-2022-JP (≒ ESC$B 0x2D70) and user-defined codes, which encoding-japanese turns into "?".
 * Unmappable bytes become U+FFFD, so the caller can report them. They are also 2–10× faster.
 */
const NATIVE = new Map<JapaneseFamily, TextDecoder>();
for (const family of ['JIS', 'SJIS', 'EUCJP'] as const) {
  try {
    NATIVE.set(family, new TextDecoder(WHATWG_LABEL[family]));
  } catch {
    // small-icu Node build: encoding-japanese below decodes instead.
  }
}

export function decodeJapanese(bytes: Uint8Array, family: JapaneseFamily): string {
  const native = NATIVE.get(family);
  return native
    ? native.decode(bytes)
    : Encoding.convert(bytes, { to: 'UNICODE', from: family, type: 'string' });
}
