import { parseAddressList } from './address.js';
import { firstField, type HeaderBlock } from './header-block.js';
import { decodeHeaderValue } from './header-words.js';
import { parseMailDate } from './mail-date.js';
import type { MailAddress } from './types.js';

export interface MessageHeaders {
  messageId: string | null;
  date: string | null;
  from: MailAddress | null;
  to: MailAddress[];
  subject: string;
  problems: string[];
}

/** The envelope fields of a message, decoded from the raw header bytes by our own layer. */
export function readMessageHeaders(block: HeaderBlock): MessageHeaders {
  const problems: string[] = [];
  const subject = decodeHeaderValue(firstField(block, 'subject') ?? '');
  problems.push(...subject.problems.map((p) => `subject: ${p}`));
  const from = parseAddressList(firstField(block, 'from') ?? '', problems)[0] ?? null;
  const to = (block.fields.get('to') ?? []).flatMap((v) => parseAddressList(v, problems));
  const rawDate = firstField(block, 'date');
  const date = rawDate ? parseMailDate(rawDate) : null;
  if (rawDate && !date) problems.push(`date: unreadable Date header "${rawDate.slice(0, 60)}"`);
  return { messageId: messageIdOf(block), date, from, to, subject: subject.text.trim(), problems };
}

/** `<id@host>` with the brackets made sure of, so two spellings of one id compare equal. */
function messageIdOf(block: HeaderBlock): string | null {
  const value = firstField(block, 'message-id');
  const id = value?.match(/<[^<>\s]+>/)?.[0] ?? value?.split(/\s+/)[0];
  if (!id) return null;
  return id.startsWith('<') ? id : `<${id}>`;
}
