import type { AttachmentInfo, CharsetInfo } from './types.js';

/** The body side of a decoded message, whichever parser produced it. */
export interface MimeContent {
  text: string | null;
  html: string | null;
  attachments: AttachmentInfo[];
  charset: CharsetInfo | null;
  problems: string[];
}
