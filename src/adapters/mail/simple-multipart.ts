import { firstField, type HeaderBlock, parseParams, readHeaderBlock } from './header-block.js';
import { htmlToPlainText } from './html-text.js';
import { type MimeContent, partProblems } from './mime-content.js';
import { decodeTextPart, type TextPart } from './text-part.js';

/**
 * Fast path for one level of multipart holding only inline text parts (at most one text/plain
 * and one text/html): the usual shape of ATS and recruiter mail. mailparser spends over 1 ms
 * on these; anything nested, with attachments or unterminated returns null and goes to it.
 */
export function decodeSimpleMultipart(raw: Buffer, block: HeaderBlock): MimeContent | null {
  const type = parseParams(firstField(block, 'content-type') ?? '');
  if (!/^multipart\/(alternative|mixed|related)$/.test(type.value)) return null;
  const boundary = type.params.get('boundary');
  if (!boundary) return null;
  const bodies = splitParts(raw.subarray(block.bodyStart), Buffer.from(`--${boundary}`));
  if (!bodies || bodies.length === 0 || bodies.length > 2) return null;
  const parts: TextPart[] = [];
  for (const body of bodies) {
    const part = decodeTextPart(body, readHeaderBlock(body));
    if (!part || parts.some((p) => p.type === part.type)) return null;
    parts.push(part);
  }
  const plain = parts.find((p) => p.type === 'text/plain');
  const html = parts.find((p) => p.type === 'text/html');
  const first = parts[0]!;
  return {
    text: plain ? plain.text : html ? htmlToPlainText(html.text) : '',
    html: html?.text ?? null,
    attachments: [],
    charset: first.charset,
    problems: partProblems(parts.map((p) => p.problem)),
  };
}

/**
 * The bodies between boundary delimiter lines; null without a close delimiter. The line break
 * before a delimiter belongs to the delimiter (RFC 2046 §5.1.1), not to the part.
 */
function splitParts(body: Buffer, delimiter: Buffer): Buffer[] | null {
  const parts: Buffer[] = [];
  let partStart = -1;
  for (let at = body.indexOf(delimiter); at !== -1; at = body.indexOf(delimiter, at + 1)) {
    if (at > 0 && body[at - 1] !== 0x0a) continue;
    const after = at + delimiter.length;
    const close = body[after] === 0x2d && body[after + 1] === 0x2d;
    const lineEnd = body.indexOf(0x0a, after);
    if (!close && /\S/.test(body.toString('latin1', after, lineEnd === -1 ? body.length : lineEnd)))
      continue;
    if (partStart !== -1) {
      let end = at;
      if (body[end - 1] === 0x0a) end--;
      if (body[end - 1] === 0x0d) end--;
      parts.push(body.subarray(partStart, Math.max(partStart, end)));
    }
    if (close) return parts;
    if (lineEnd === -1) return null;
    partStart = lineEnd + 1;
  }
  return null;
}
