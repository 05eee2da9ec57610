import { createHash } from 'node:crypto';
import type { DecodeOutcome } from './messages.js';

export interface PastedMail {
  subject?: string | undefined;
  from?: string | undefined;
  body: string;
  /** When it was received, if the user knows; else the time it was pasted. */
  receivedAt?: string | undefined;
}

/** Pasted text is kept as its own raw form (UTF-8 JSON), so it is stored once like any mail. */
export function pastedRaw(mail: PastedMail): Buffer {
  return Buffer.from(
    JSON.stringify({
      subject: mail.subject ?? '',
      from: mail.from ?? '',
      body: mail.body,
      receivedAt: mail.receivedAt ?? null,
    }),
    'utf8',
  );
}

export function decodePasted(raw: Uint8Array): DecodeOutcome {
  const contentHash = createHash('sha256').update(raw).digest('hex');
  try {
    const mail = JSON.parse(Buffer.from(raw).toString('utf8')) as PastedMail & {
      receivedAt: string | null;
    };
    return {
      ok: true,
      message: {
        messageId: null,
        contentHash,
        date: mail.receivedAt ?? null,
        from: mail.from ? { address: mail.from } : null,
        subject: mail.subject || null,
        text: mail.body,
        html: null,
      },
    };
  } catch {
    return {
      ok: false,
      reason: '貼り付けた内容が読めません / cannot read the pasted text',
      contentHash,
    };
  }
}
