import { decodeBytes } from './charset-decode.js';
import { firstField, type HeaderBlock, parseParams } from './header-block.js';
import type { MimeContent } from './mime-content.js';
import { decodeTransfer } from './transfer.js';

/**
 * Fast path for the most common Japanese mail: one text/plain part (typically ISO-2022-JP,
 * 7bit). Going through mailparser costs ~0.6 ms a message (stream plumbing, setImmediate per
 * chunk); this is ~10× cheaper and gives the same text. Anything else returns null and goes
 * to mailparser.
 */
export function decodeSinglePart(raw: Buffer, block: HeaderBlock): MimeContent | null {
  const type = parseParams(firstField(block, 'content-type') ?? 'text/plain');
  if (type.value !== 'text/plain' || type.params.get('format')?.toLowerCase() === 'flowed')
    return null;
  const disposition = firstField(block, 'content-disposition');
  if (disposition && !/^\s*inline\s*(;|$)/i.test(disposition)) return null;
  const encoding = firstField(block, 'content-transfer-encoding');
  if (encoding && !/^(7bit|8bit|binary|base64|quoted-printable)$/i.test(encoding)) return null;
  const bytes = decodeTransfer(raw.subarray(block.bodyStart), encoding);
  const decoded = decodeBytes(bytes, type.params.get('charset') ?? null);
  return {
    text: decoded.text.replace(/\r\n?/g, '\n'),
    html: null,
    attachments: [],
    charset: decoded.charset,
    problems: decoded.problem ? [`body: ${decoded.problem}`] : [],
  };
}
