import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';

export interface MboxMessage {
  /** 0-based position in the mailbox (counted from `startIndex` when resuming). */
  index: number;
  /** Byte offset of the message's `From ` line: pass it as `startOffset` to resume there. */
  offset: number;
  /** The message bytes, envelope line removed and `>From ` lines unescaped (mboxrd). */
  raw: Buffer;
}

export interface MboxOptions {
  /** Where to start reading a file (a `From ` line offset from an earlier run); for a stream, the offset its first byte has. */
  startOffset?: number;
  /** Index of the first message read (the count already imported when resuming). */
  startIndex?: number;
}

const FROM = Buffer.from('From ');
const CHUNK = 1 << 20;

/**
 * Streams the messages of an mboxrd/mboxo file. A message starts at a `From ` line at the
 * start of the file or after a blank line; memory holds one message plus one read chunk,
 * whatever the size of the mailbox.
 *
 * @example
 * for await (const { index, offset, raw } of readMbox('Takeout/All mail.mbox')) {
 *   await store(raw);
 *   checkpoint(offset); // a killed import resumes with readMbox(path, { startOffset })
 * }
 */
export async function* readMbox(
  input: Readable | string,
  options: MboxOptions = {},
): AsyncGenerator<MboxMessage> {
  const start = options.startOffset ?? 0;
  const stream =
    typeof input === 'string' ? createReadStream(input, { start, highWaterMark: CHUNK }) : input;
  const splitter = new MboxSplitter(start, options.startIndex ?? 0);
  let carry: Buffer | null = null;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const buf: Buffer = carry ? Buffer.concat([carry, chunk]) : chunk;
    let pos = 0;
    for (let nl = buf.indexOf(10, pos); nl !== -1; nl = buf.indexOf(10, pos)) {
      const done = splitter.line(buf, pos, nl + 1);
      if (done) yield done;
      pos = nl + 1;
    }
    // The partial last line is copied, so the chunk it came from can be collected.
    carry = pos < buf.length ? Buffer.from(buf.subarray(pos)) : null;
    splitter.advance(pos);
  }
  if (carry) {
    const done = splitter.line(carry, 0, carry.length);
    if (done) yield done;
  }
  const last = splitter.finish();
  if (last) yield last;
}

/** Line-by-line state machine; holds only the lines of the current message. */
class MboxSplitter {
  #parts: Buffer[] = [];
  #current: { offset: number } | null = null;
  #previousBlank = true;
  #base: number;
  #index: number;

  constructor(base: number, index: number) {
    this.#base = base;
    this.#index = index;
  }

  /** The chunk just scanned is done: offsets of the next one start after `consumed` bytes. */
  advance(consumed: number): void {
    this.#base += consumed;
  }

  line(buf: Buffer, start: number, end: number): MboxMessage | null {
    const offset = this.#base + start;
    const isFrom = buf[start] === 0x46 && startsWithFrom(buf, start, end);
    if (isFrom && this.#previousBlank) {
      const done = this.finish();
      this.#current = { offset };
      this.#previousBlank = false;
      return done;
    }
    this.#current ??= { offset }; // text before the first From line: a bare message
    const skip = buf[start] === 0x3e && isEscapedFrom(buf, start, end) ? 1 : 0;
    this.#parts.push(buf.subarray(start + skip, end));
    const length = end - start;
    this.#previousBlank = length === 1 || (length === 2 && buf[start] === 0x0d);
    return null;
  }

  finish(): MboxMessage | null {
    if (!this.#current) return null;
    // The blank line before the next From line (or at the end) is the separator, not content.
    if (this.#previousBlank) this.#parts.pop();
    const raw = Buffer.concat(this.#parts);
    const message = { index: this.#index++, offset: this.#current.offset, raw };
    this.#parts = [];
    this.#current = null;
    this.#previousBlank = true;
    return message;
  }
}

/** mboxrd: `>From `, `>>From ` … lose one `>`. */
function isEscapedFrom(buf: Buffer, start: number, end: number): boolean {
  let i = start;
  while (i < end && buf[i] === 0x3e) i++;
  return i > start && startsWithFrom(buf, i, end);
}

function startsWithFrom(buf: Buffer, start: number, end: number): boolean {
  return (
    end - start >= FROM.length &&
    buf.compare(FROM, 0, FROM.length, start, start + FROM.length) === 0
  );
}
