import Encoding from 'encoding-japanese';

/** Byte encodings the fixtures write, in encoding-japanese's names. */
export type FixtureEncoding = 'JIS' | 'SJIS' | 'EUCJP' | 'UTF8';

export const MIME_CHARSET: Record<FixtureEncoding, string> = {
  JIS: 'ISO-2022-JP',
  SJIS: 'Shift_JIS',
  EUCJP: 'EUC-JP',
  UTF8: 'UTF-8',
};

/** Unicode text → the bytes a Japanese mailer would send (CP932 extensions included). */
export function encode(text: string, to: FixtureEncoding): Buffer {
  if (to === 'UTF8') return Buffer.from(text, 'utf8');
  return Buffer.from(Encoding.convert(Encoding.stringToCode(text), { to, from: 'UNICODE' }));
}

/** One B encoded-word per chunk of bytes; `splitAt` cuts the bytes (mid-character if you like). */
export function bWords(bytes: Buffer, charset: string, splitAt: number[] = []): string {
  return chunks(bytes, splitAt)
    .map((c) => `=?${charset}?B?${c.toString('base64')}?=`)
    .join('\r\n ');
}

export function qWords(bytes: Buffer, charset: string, splitAt: number[] = []): string {
  return chunks(bytes, splitAt)
    .map((c) => `=?${charset}?Q?${qEncode(c, true)}?=`)
    .join('\r\n ');
}

function chunks(bytes: Buffer, splitAt: number[]): Buffer[] {
  const cuts = [0, ...splitAt, bytes.length];
  return cuts.slice(1).map((end, i) => bytes.subarray(cuts[i], end));
}

/** Quoted-printable (RFC 2045) with soft breaks at 76 columns; `word` gives the Q form. */
export function qEncode(bytes: Buffer, word = false): string {
  let out = '';
  let column = 0;
  for (const b of bytes) {
    const plain = b >= 33 && b <= 126 && b !== 61 && !(word && (b === 63 || b === 95));
    const piece =
      word && b === 32
        ? '_'
        : plain
          ? String.fromCharCode(b)
          : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    if (!word && b === 13) continue; // CRLF is written as a hard line break below
    if (!word && b === 10) {
      out += '\r\n';
      column = 0;
      continue;
    }
    if (!word && column + piece.length > 75) {
      out += '=\r\n';
      column = 0;
    }
    out += piece;
    column += piece.length;
  }
  return out;
}

export function base64Lines(bytes: Buffer): string {
  return (bytes.toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');
}

/** Joins header lines (strings or raw bytes) and a body into raw message bytes. */
export function message(headers: (string | Buffer)[], body: string | Buffer, eol = '\r\n'): Buffer {
  const parts: Buffer[] = [];
  for (const h of headers)
    parts.push(typeof h === 'string' ? Buffer.from(h, 'latin1') : h, Buffer.from(eol));
  parts.push(Buffer.from(eol), typeof body === 'string' ? Buffer.from(body, 'latin1') : body);
  return Buffer.concat(parts);
}

/** A raw header line whose value is bytes (8-bit, unencoded), as broken mailers send. */
export function rawHeader(name: string, value: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${name}: `), value]);
}
