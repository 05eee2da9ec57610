import { detectFamily, hasHighBytes, isValidIn, isValidUtf8 } from './charset-detect.js';
import { type CharsetFamily, charsetFamily, familyName, isWesternLabel } from './charset-label.js';
import { decodeJapanese } from './japanese-decoder.js';
import type { CharsetInfo } from './types.js';

export interface DecodedBytes {
  text: string;
  charset: CharsetInfo;
  problem: string | null;
}

const LENIENT_UTF8 = new TextDecoder('utf-8');

/**
 * Decodes body or header bytes, trusting the declared charset only when the bytes agree.
 * A label that contradicts the bytes (Shift_JIS labelled iso-8859-1, EUC-JP labelled
 * Shift_JIS, UTF-8 labelled ISO-2022-JP) is overridden and reported as a problem.
 */
export function decodeBytes(bytes: Uint8Array, declared: string | null): DecodedBytes {
  const detected = detectFamily(bytes);
  const label = declared?.trim() || null;
  const family = label ? charsetFamily(label) : null;
  const chosen = chooseFamily(bytes, family, label, detected);
  const used = familyName(chosen, label ?? 'utf-8');
  const text = decodeAs(bytes, chosen, label);
  const charset = {
    declared: label,
    detected: detected ? familyName(detected, '') : null,
    used,
  };
  return { text, charset, problem: describe(label, family, chosen, used, text) };
}

function chooseFamily(
  bytes: Uint8Array,
  family: CharsetFamily | null,
  label: string | null,
  detected: CharsetFamily | null,
): CharsetFamily {
  const fallback = detected ?? 'UTF8';
  if (family === null || label === null) return fallback;
  if (family === 'OTHER' && !isKnownLabel(label)) return fallback; // x-unknown, typos
  if (family === 'OTHER') {
    // Japanese bytes under a Western label are a mislabel; other Asian labels are trusted.
    const japanese = detected === 'JIS' || detected === 'UTF8' || detected === 'SJIS';
    return isWesternLabel(label) && japanese ? detected : 'OTHER';
  }
  if (family === 'SJIS' && hasHighBytes(bytes) && isValidUtf8(bytes)) return 'UTF8';
  if (family === 'SJIS' && detected === 'EUCJP') return 'EUCJP';
  return isValidIn(bytes, family) ? family : fallback;
}

export function decodeAs(bytes: Uint8Array, family: CharsetFamily, label: string | null): string {
  switch (family) {
    case 'ASCII':
      return asBuffer(bytes).toString('latin1');
    case 'UTF8': {
      // Buffer#toString is the cheapest UTF-8 decoder for small inputs; drop a BOM as TextDecoder does.
      const text = asBuffer(bytes).toString('utf8');
      return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    }
    case 'JIS':
    case 'SJIS':
    case 'EUCJP':
      return decodeJapanese(bytes, family);
    case 'OTHER':
      return decodeOther(bytes, label ?? 'utf-8');
  }
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

const KNOWN_LABELS = new Map<string, boolean>();

function isKnownLabel(label: string): boolean {
  let known = KNOWN_LABELS.get(label);
  if (known === undefined) {
    try {
      new TextDecoder(label);
      known = true;
    } catch {
      known = false;
    }
    // Bounded: labels come from mail, and a hostile mailbox could send endless variants.
    if (KNOWN_LABELS.size < 256) KNOWN_LABELS.set(label, known);
  }
  return known;
}

function decodeOther(bytes: Uint8Array, label: string): string {
  return isKnownLabel(label) ? new TextDecoder(label).decode(bytes) : LENIENT_UTF8.decode(bytes);
}

function describe(
  label: string | null,
  family: CharsetFamily | null,
  chosen: CharsetFamily,
  used: string,
  text: string,
): string | null {
  const replaced = text.includes('\uFFFD') ? ' (some bytes could not be decoded)' : '';
  if (label === null)
    return chosen === 'ASCII' && !replaced ? null : `no charset; read as ${used}${replaced}`;
  if (family !== chosen && !(family === 'ASCII' && chosen === 'ASCII')) {
    return `charset ${label} does not match the bytes; read as ${used}${replaced}`;
  }
  return replaced ? `charset ${label}${replaced}` : null;
}
