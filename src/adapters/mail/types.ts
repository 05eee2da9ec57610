/** A mailbox as written in a From/To header, the display name decoded to Unicode. */
export interface MailAddress {
  address: string;
  name: string;
}

export interface AttachmentInfo {
  /** Decoded file name (RFC 2231 and encoded-word forms), or null when the part has none. */
  filename: string | null;
  contentType: string;
  /** Size of the transfer-decoded content in bytes. */
  size: number;
}

/**
 * Charset of the main body part: what the message said and what the bytes are.
 * `used` is the one the text was decoded with; they differ for a wrong or missing label.
 */
export interface CharsetInfo {
  declared: string | null;
  detected: string | null;
  used: string;
}

export interface DecodedMessage {
  ok: true;
  /** The Message-ID header as `<id@host>`, or null when the message has none. */
  messageId: string | null;
  /** sha256 hex of the raw bytes: the de-duplication key when there is no Message-ID. */
  contentHash: string;
  /** ISO 8601 with the sender's offset (`2026-11-20T10:00:00+09:00`), or null. */
  date: string | null;
  from: MailAddress | null;
  to: MailAddress[];
  subject: string;
  /** Plain text; for HTML-only mail a text rendering of the HTML. Line ends are `\n`. */
  text: string;
  /** The HTML part as sent (unsanitised: the browser sanitises it), or null. */
  html: string | null;
  attachments: AttachmentInfo[];
  charset: CharsetInfo | null;
  /** What was repaired or guessed while decoding, in English, one finding each. */
  problems: string[];
}

/** A message that could not be read at all: kept and marked, the import goes on. */
export interface UnreadableMessage {
  ok: false;
  contentHash: string;
  /** Japanese first, then English: `解析できません: … / Cannot be parsed: …`. */
  reason: string;
}

export type DecodeResult = DecodedMessage | UnreadableMessage;
