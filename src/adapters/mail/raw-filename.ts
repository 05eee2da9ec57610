import { decodeHeaderValue } from './header-words.js';

/** A header line as mailsplit keeps it: latin1 when the bytes are not valid UTF-8. */
export interface HeaderLine {
  key: string;
  line: string;
}

const NAME_PARAM = /;\s*(?:file)?name\s*=\s*(?:"(?<quoted>[^"]*)"|(?<bare>[^;\s]+))/i;

/**
 * The file name of a part whose header carries it as raw 8-bit bytes (`filename="<Shift_JIS>"`),
 * which mailparser turns into mojibake (履歴書.pdf came out as `ð.pdf`). null when the name
 * is plain ASCII or encoded: mailparser's RFC 2231 / encoded-word decoding is right then.
 */
export function rawFilename(lines: readonly HeaderLine[] | undefined): string | null {
  for (const key of ['content-disposition', 'content-type']) {
    const line = lines?.find((l) => l.key === key)?.line.replace(/\r?\n[ \t]/g, ' ');
    const match = line ? NAME_PARAM.exec(line)?.groups : undefined;
    const value = match?.quoted ?? match?.bare;
    if (value && isRawBytes(value)) return decodeHeaderValue(value).text;
  }
  return null;
}

function isRawBytes(value: string): boolean {
  let high = false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code > 0xff) return false; // already Unicode (mailsplit read valid UTF-8)
    if (code >= 0x80 || code === 0x1b) high = true;
  }
  return high;
}
