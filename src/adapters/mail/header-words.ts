import { decodeBytes } from './charset-decode.js';

export interface DecodedHeader {
  text: string;
  problems: string[];
}

const ENCODED_WORD = /=\?(?<charset>[^?*\s]+)(?:\*[^?\s]*)?\?(?<enc>[BbQq])\?(?<data>[^?\s]*)\?=/g;

interface Word {
  charset: string;
  bytes: Buffer[];
}

/**
 * Decodes a header value given as latin1 (one char per raw byte): raw 8-bit text first
 * (Shift_JIS, EUC-JP or UTF-8 sent without encoding), then RFC 2047 encoded-words.
 * Adjacent encoded-words in one charset are joined as BYTES before decoding, because
 * Japanese mailers split words mid-character (`=?UTF-8?Q?=E9=81=B8=E8?= =?UTF-8?Q?=80=83?=`).
 */
export function decodeHeaderValue(latin1: string): DecodedHeader {
  const problems: string[] = [];
  const unicode = decodeRaw8bit(latin1, problems);
  return { text: decodeEncodedWords(unicode, problems), problems };
}

export function decodeRaw8bit(latin1: string, problems: string[]): string {
  // Only 7-bit, or already Unicode (chars above U+00FF): nothing raw to decode.
  if (!needsByteDecoding(latin1)) return latin1;
  const decoded = decodeBytes(Buffer.from(latin1, 'latin1'), null);
  // Raw UTF-8 is legal (RFC 6532); anything else is a repair worth reporting.
  if (decoded.charset.used !== 'utf-8')
    problems.push(`raw 8-bit header read as ${decoded.charset.used}`);
  return decoded.text;
}

export function decodeEncodedWords(value: string, problems: string[]): string {
  if (!value.includes('=?')) return value;
  let out = '';
  let last = 0;
  let pending: Word | null = null;
  const flush = (): void => {
    if (!pending) return;
    const decoded = decodeBytes(Buffer.concat(pending.bytes), pending.charset);
    if (decoded.problem) problems.push(`encoded-word: ${decoded.problem}`);
    out += decoded.text;
    pending = null;
  };
  for (const match of value.matchAll(ENCODED_WORD)) {
    const between = value.slice(last, match.index);
    // Whitespace between two encoded-words is folding, not content (RFC 2047 §6.2).
    if (!(pending && /^[ \t\r\n]*$/.test(between))) {
      flush();
      out += between;
    }
    const { charset = '', enc = 'B', data = '' } = match.groups ?? {};
    const bytes = enc.toUpperCase() === 'B' ? Buffer.from(data, 'base64') : decodeQ(data);
    const current: Word | null = pending;
    if (current && current.charset.toLowerCase() === charset.toLowerCase())
      current.bytes.push(bytes);
    else {
      flush();
      pending = { charset, bytes: [bytes] };
    }
    last = match.index + match[0].length;
  }
  flush();
  return out + value.slice(last);
}

function decodeQ(data: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < data.length; i++) {
    const ch = data[i]!;
    const hex = ch === '=' ? data.slice(i + 1, i + 3) : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else bytes.push(ch === '_' ? 0x20 : ch.charCodeAt(0) & 0xff);
  }
  return Buffer.from(bytes);
}

/** True when the value holds raw bytes (8-bit or ESC) and nothing already above U+00FF. */
function needsByteDecoding(value: string): boolean {
  let raw = false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code > 0xff) return false;
    if (code >= 0x80 || code === 0x1b) raw = true;
  }
  return raw;
}
