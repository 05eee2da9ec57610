import type { HeaderBlock } from './header-block.js';
import { type MimeContent, partProblems } from './mime-content.js';
import { decodeTextPart } from './text-part.js';

/**
 * Fast path for the most common Japanese mail: one text/plain part (typically ISO-2022-JP,
 * 7bit). mailparser costs ~0.7 ms a message (stream plumbing, a setImmediate per chunk); this
 * is ~4× cheaper with the same text. HTML-only and anything else go to mailparser, which
 * renders HTML to text.
 */
export function decodeSinglePart(raw: Buffer, block: HeaderBlock): MimeContent | null {
  const part = decodeTextPart(raw, block);
  if (!part || part.type !== 'text/plain') return null;
  return {
    text: part.text,
    html: null,
    attachments: [],
    charset: part.charset,
    problems: partProblems([part.problem]),
  };
}
