/** Mail intake: decode raw messages, read .mbox files and .eml folders, sync IMAP. */
export { type DecodeOptions, decodeMessage } from './decode.js';
export { type EmlFile, readEmlFolder } from './eml-folder.js';
export { checkImap, type ImapSyncOptions, type ImapSyncResult, syncImap } from './imap.js';
export { IMAP_PRESETS, type ImapPreset, type ImapPresetId } from './imap-presets.js';
export { type MboxMessage, type MboxOptions, readMbox } from './mbox.js';
export type {
  AttachmentInfo,
  CharsetInfo,
  DecodedMessage,
  DecodeResult,
  MailAddress,
  UnreadableMessage,
} from './types.js';
