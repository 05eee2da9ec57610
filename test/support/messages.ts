import type { NewMessage } from '../../src/storage/repos/messages.js';

/**
 * A pasted company mail as the storage layer keeps it, linked to an application: what tests
 * need to give a timeline a message (a reply date in `extracted.dates`). `key` makes the
 * Message-ID and content hash unique.
 */
export function linkedMessage(
  key: string,
  applicationId: string | null,
  fields: Partial<NewMessage> = {},
): NewMessage {
  return {
    applicationId,
    messageId: `<${key}@example.jp>`,
    contentHash: `hash-${key}`,
    source: 'paste',
    subject: '選考について',
    fromAddress: 'saiyo@example.jp',
    receivedAt: null,
    text: '本文',
    html: null,
    category: 'scheduling',
    confidence: 0.9,
    extracted: {},
    unreadable: false,
    problem: null,
    raw: new Uint8Array([1]),
    ...fields,
  };
}
