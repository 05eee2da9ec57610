import { createHash } from 'node:crypto';
import { firstField, type HeaderBlock, parseParams, readHeaderBlock } from './header-block.js';
import { type MessageHeaders, readMessageHeaders } from './message-headers.js';
import type { MimeContent } from './mime-content.js';
import { parseMime } from './mime-parse.js';
import { decodeSimpleMultipart } from './simple-multipart.js';
import { decodeSinglePart } from './single-part.js';
import type { DecodeResult } from './types.js';

export interface DecodeOptions {
  /** Decode plain text and simple multipart text mail without mailparser (default true; off to compare). */
  fastPath?: boolean;
}

// A message needs at least one of these to be taken for e-mail rather than stray bytes.
const MAIL_FIELDS = ['from', 'to', 'subject', 'date', 'message-id', 'content-type', 'received'];

/**
 * Decodes one raw message. Never throws for bad input: an unreadable message comes back as
 * `{ ok: false, reason }` so an import can keep it, mark it and go on.
 *
 * @example
 * const result = await decodeMessage(readFileSync('mail.eml'));
 * if (result.ok) console.log(result.subject, result.charset?.used);
 */
export async function decodeMessage(
  raw: Buffer,
  options: DecodeOptions = {},
): Promise<DecodeResult> {
  const contentHash = createHash('sha256').update(raw).digest('hex');
  const unreadable = (ja: string, en: string): DecodeResult => ({
    ok: false,
    contentHash,
    reason: `${ja} / ${en}`,
  });
  if (isBlank(raw)) return unreadable('空のメッセージです', 'Empty message');
  const block = readHeaderBlock(raw);
  if (!MAIL_FIELDS.some((name) => block.fields.has(name))) {
    return unreadable(
      'メールのヘッダーが見つかりません',
      'No mail header found: not an e-mail message',
    );
  }
  let content: MimeContent;
  let headers: MessageHeaders;
  try {
    content = (options.fastPath !== false && fastDecode(raw, block)) || (await parseMime(raw));
    headers = readMessageHeaders(block);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return unreadable(
      `MIME構造を解析できません（${detail}）`,
      `Cannot parse the MIME structure: ${detail}`,
    );
  }
  return {
    ok: true,
    messageId: headers.messageId,
    contentHash,
    date: headers.date,
    from: headers.from,
    to: headers.to,
    subject: headers.subject,
    text: content.text ?? '',
    html: content.html,
    attachments: content.attachments,
    charset: content.charset,
    problems: [...headers.problems, ...structureProblems(raw, block), ...content.problems],
  };
}

function isBlank(raw: Buffer): boolean {
  for (const byte of raw)
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d && byte !== 0x0a) return false;
  return true;
}

function fastDecode(raw: Buffer, block: HeaderBlock): MimeContent | null {
  return decodeSinglePart(raw, block) ?? decodeSimpleMultipart(raw, block);
}

/** Damage mailparser silently tolerates, reported so the user knows the text may be partial. */
function structureProblems(raw: Buffer, block: HeaderBlock): string[] {
  const type = parseParams(firstField(block, 'content-type') ?? 'text/plain');
  if (!type.value.startsWith('multipart/')) return [];
  const boundary = type.params.get('boundary');
  if (!boundary) return ['multipart without a boundary'];
  return raw.includes(`--${boundary}--`)
    ? []
    : ['multipart not terminated (message may be truncated)'];
}
