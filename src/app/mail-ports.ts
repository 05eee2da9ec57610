import { decodeMessage } from '../adapters/mail/index.js';
import { classifyMessage } from '../core/classify/index.js';
import { findDates } from '../core/messages/find-dates.js';
import type { DecodeOutcome, MailPorts } from '../services/messages.js';

/** Binds the mail adapter (MIME decoding) and the core (classifier, date finder) to the intake. */
export function createMailPorts(): MailPorts {
  return {
    async decode(raw): Promise<DecodeOutcome> {
      const result = await decodeMessage(Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength));
      if (!result.ok) return { ok: false, reason: result.reason, contentHash: result.contentHash };
      return {
        ok: true,
        message: {
          messageId: result.messageId,
          contentHash: result.contentHash,
          date: result.date,
          from: result.from ? { address: result.from.address, name: result.from.name } : null,
          subject: result.subject || null,
          text: result.text,
          html: result.html,
        },
      };
    },
    classify: (input) => classifyMessage(input),
    findDates: (text, t0) => findDates(text, t0),
  };
}
