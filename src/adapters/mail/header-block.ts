/** The top-level header of a raw message, values unfolded and kept as latin1 (one char = one byte). */
export interface HeaderBlock {
  fields: Map<string, string[]>;
  /** Byte offset where the body starts (after the blank line), or raw.length. */
  bodyStart: number;
  /** Lines in the header area that were neither a field nor a continuation. */
  strayLines: number;
}

const FIELD = /^(?<name>[!-9;-~]+)[ \t]*:[ \t]*(?<value>.*)$/s;

/**
 * Splits off the header block. Values stay latin1 so raw 8-bit bytes (Shift_JIS in a Subject)
 * survive until the charset layer sees them as bytes again.
 */
export function readHeaderBlock(raw: Buffer): HeaderBlock {
  const end = headerEnd(raw);
  const text = raw.subarray(0, end.header).toString('latin1');
  const fields = new Map<string, string[]>();
  let strayLines = 0;
  let current: { name: string; value: string } | null = null;
  const flush = (): void => {
    if (!current) return;
    const list = fields.get(current.name);
    if (list) list.push(current.value);
    else fields.set(current.name, [current.value]);
  };
  for (const rawLine of text.split('\n')) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (/^[ \t]/.test(line) && current) {
      current.value += line;
      continue;
    }
    flush();
    const match = FIELD.exec(line);
    current = match?.groups
      ? { name: match.groups.name!.toLowerCase(), value: match.groups.value! }
      : null;
    if (!current && line !== '' && !line.startsWith('From ')) strayLines++;
  }
  flush();
  return { fields, bodyStart: end.body, strayLines };
}

export function firstField(block: HeaderBlock, name: string): string | null {
  return block.fields.get(name)?.[0]?.trim() ?? null;
}

function headerEnd(raw: Buffer): { header: number; body: number } {
  // A message may open with its body separator only when the header is empty.
  if (raw[0] === 0x0a) return { header: 0, body: 1 };
  if (raw[0] === 0x0d && raw[1] === 0x0a) return { header: 0, body: 2 };
  const lf = raw.indexOf('\n\n');
  const crlf = raw.indexOf('\n\r\n');
  if (lf === -1 && crlf === -1) return { header: raw.length, body: raw.length };
  if (crlf !== -1 && (lf === -1 || crlf < lf)) return { header: crlf + 1, body: crlf + 3 };
  return { header: lf + 1, body: lf + 2 };
}

/** `text/plain; charset="Shift_JIS"; format=flowed` → type and lowercase-keyed params. */
export function parseParams(value: string): { value: string; params: Map<string, string> } {
  const [head = '', ...rest] = value.split(';');
  const params = new Map<string, string>();
  for (const part of rest) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    const key = part.slice(0, eq).trim().toLowerCase();
    params.set(
      key,
      part
        .slice(eq + 1)
        .trim()
        .replace(/^"(.*)"$/s, '$1'),
    );
  }
  return { value: head.trim().toLowerCase(), params };
}
