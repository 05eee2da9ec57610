import type { Readable, Transform } from 'node:stream';
import { type AttachmentStream, MailParser, type MessageText } from 'mailparser';
import { htmlToPlainText } from './html-text.js';
import { type HeaderLine, rawFilename } from './raw-filename.js';
import { DETECT_PREFIX, DetectingDecoder, type PartCharset } from './detecting-decoder.js';
import { type MimeContent, partProblems } from './mime-content.js';
import type { AttachmentInfo } from './types.js';

/**
 * The mailparser 3.14 internals we hook: `createNode` (a MIME node is built) and `decoder`
 * (the charset stream factory). test/mail/decode.test.ts and fast-path.test.ts fail if an
 * upgrade changes them (no-charset Shift_JIS, raw 8-bit file names).
 */
interface ParserNode {
  contentType?: string;
  isAttachment?: boolean;
  headerLines?: HeaderLine[];
  disposition?: string;
  charset?: string;
  decoder?: unknown;
}
interface SplitterNode {
  _parentBoundary?: unknown;
  partNr?: unknown[];
}
interface ParserInternals {
  createNode(node: unknown): ParserNode;
  decoder: { decodeStream(charset: string): Transform };
}

const TEXT_TYPES = new Set(['text/plain', 'text/html']);

/** Full MIME parsing with mailparser; text parts are decoded by our charset layer. */
export function parseMime(raw: Buffer): Promise<MimeContent> {
  const parser = new MailParser({
    // HTML is rendered to text by htmlToPlainText on every path, so results never depend on
    // which parser took the message.
    skipHtmlToText: true,
    skipTextToHtml: true,
    skipImageLinks: true,
    skipTextLinks: true,
    checksumAlgo: false,
  });
  const parts: PartCharset[] = [];
  const rawNames = new Map<string, string>();
  hookNodes(parser as unknown as ParserInternals, parts, rawNames);
  const attachments: AttachmentInfo[] = [];
  let text: MessageText | null = null;
  return new Promise((resolve, reject) => {
    let reading = false;
    const read = (): void => {
      reading = true;
      const data = parser.read() as AttachmentStream | MessageText | null;
      if (data === null) {
        reading = false;
        return;
      }
      if (data.type === 'text') {
        text = data;
        read();
        return;
      }
      measure(data, (size) => {
        const filename = rawNames.get(data.partId ?? '') ?? data.filename ?? null;
        attachments.push({ filename, contentType: data.contentType, size });
        read();
      });
    };
    parser.on('readable', () => reading || read());
    parser.on('error', reject);
    parser.on('end', () => resolve(collect(text, attachments, parts)));
    parser.end(raw);
  });
}

/**
 * Patches this parser instance only (never the prototype): every inline text part is
 * relabelled so its bytes reach DetectingDecoder, and raw 8-bit attachment names are read
 * from the header lines before mailparser garbles them.
 */
function hookNodes(
  internals: ParserInternals,
  parts: PartCharset[],
  rawNames: Map<string, string>,
): void {
  const createNode = internals.createNode.bind(internals);
  internals.createNode = (node) => {
    const created = createNode(node);
    const name = created.isAttachment ? rawFilename(created.headerLines) : null;
    if (name) rawNames.set(partIdOf(node as SplitterNode), name);
    const inline = created.disposition === 'inline' && created.decoder !== undefined;
    if (inline && TEXT_TYPES.has(created.contentType ?? '')) {
      created.charset = DETECT_PREFIX + (created.charset ?? '');
    }
    return created;
  };
  const fallback = internals.decoder;
  internals.decoder = {
    decodeStream: (charset) =>
      charset.startsWith(DETECT_PREFIX)
        ? new DetectingDecoder(charset, (part) => parts.push(part))
        : fallback.decodeStream(charset),
  };
}

/** The partId mailparser gives the attachment made from this node (same rule as its own). */
function partIdOf(node: SplitterNode): string {
  if (!node._parentBoundary) return '';
  return (node.partNr ?? []).filter((nr) => typeof nr === 'number').join('.');
}

function measure(attachment: AttachmentStream, done: (size: number) => void): void {
  const content: Readable = attachment.content;
  let size = 0;
  content.on('data', (chunk: Buffer) => {
    size += chunk.length;
  });
  content.on('end', () => {
    attachment.release?.();
    done(size);
  });
}

function collect(
  text: MessageText | null,
  attachments: AttachmentInfo[],
  parts: PartCharset[],
): MimeContent {
  const html = typeof text?.html === 'string' ? text.html : null;
  const plain = text?.text?.trim()
    ? text.text
    : html
      ? htmlToPlainText(html)
      : (text?.text ?? null);
  return {
    text: plain,
    html,
    attachments,
    charset: parts[0]?.charset ?? null,
    problems: partProblems(parts.map((p) => p.problem)),
  };
}
