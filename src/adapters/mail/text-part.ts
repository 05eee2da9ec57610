import { decodeBytes } from './charset-decode.js';
import { firstField, type HeaderBlock, parseParams } from './header-block.js';
import { metaCharset } from './meta-charset.js';
import type { CharsetInfo } from './types.js';
import { decodeTransfer } from './transfer.js';

export interface TextPart {
  type: 'text/plain' | 'text/html';
  text: string;
  charset: CharsetInfo;
  problem: string | null;
}

const SIMPLE_ENCODING = /^(7bit|8bit|binary|base64|quoted-printable)$/i;

/**
 * Decodes one inline text/plain or text/html entity given its header block, or returns null
 * for anything the fast paths leave to mailparser (attachments, format=flowed, other types).
 */
export function decodeTextPart(raw: Buffer, block: HeaderBlock): TextPart | null {
  const type = parseParams(firstField(block, 'content-type') ?? 'text/plain');
  if (type.value !== 'text/plain' && type.value !== 'text/html') return null;
  if (type.params.get('format')?.toLowerCase() === 'flowed') return null;
  const disposition = firstField(block, 'content-disposition');
  if (disposition && !/^\s*inline\s*(;|$)/i.test(disposition)) return null;
  const encoding = firstField(block, 'content-transfer-encoding');
  if (encoding && !SIMPLE_ENCODING.test(encoding)) return null;
  const bytes = decodeTransfer(raw.subarray(block.bodyStart), encoding);
  const declared = type.params.get('charset') ?? null;
  const meta = declared === null && type.value === 'text/html' ? metaCharset(bytes) : null;
  const decoded = decodeBytes(bytes, declared ?? meta);
  return {
    type: type.value,
    text: decoded.text.replace(/\r\n?/g, '\n'),
    charset: decoded.charset,
    problem: meta ? null : decoded.problem,
  };
}
