import { isUtf8 } from 'node:buffer';
import Encoding from 'encoding-japanese';
import type { CharsetFamily } from './charset-label.js';

export function hasHighBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

/** Native validation: a fatal TextDecoder with try/catch costs several times more per call. */
export function isValidUtf8(bytes: Uint8Array): boolean {
  return isUtf8(bytes);
}

/** Whether the bytes can be read in a family at all (not whether they are likely to be). */
export function isValidIn(bytes: Uint8Array, family: CharsetFamily): boolean {
  switch (family) {
    case 'ASCII':
      return !hasHighBytes(bytes) && !bytes.includes(0x1b);
    case 'JIS':
      return !hasHighBytes(bytes);
    case 'UTF8':
      return isValidUtf8(bytes);
    case 'SJIS':
    case 'EUCJP':
      return Encoding.detect(bytes, family) === family;
    case 'OTHER':
      return true;
  }
}

/**
 * What the bytes are, without a label. Pure 7-bit with ESC is ISO-2022-JP; valid UTF-8 with
 * multibyte sequences is UTF-8 (Shift_JIS or EUC-JP text almost never is). null: not Japanese
 * text (binary or Latin).
 */
export function detectFamily(bytes: Uint8Array): CharsetFamily | null {
  if (!hasHighBytes(bytes)) return bytes.includes(0x1b) ? 'JIS' : 'ASCII';
  if (isValidUtf8(bytes)) return 'UTF8';
  const sjis = isValidIn(bytes, 'SJIS');
  const euc = isValidIn(bytes, 'EUCJP');
  // Shift_JIS kana and most kanji lead with 0x81–0x9F, which EUC-JP never uses, so real
  // Shift_JIS text is rarely valid EUC-JP; EUC-JP text, by contrast, usually parses as
  // half-width katakana in Shift_JIS. Valid in both therefore means EUC-JP.
  if (sjis && euc) return 'EUCJP';
  if (sjis) return 'SJIS';
  if (euc) return 'EUCJP';
  return null;
}
