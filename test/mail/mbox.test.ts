import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { type MboxMessage, readMbox } from '../../src/adapters/mail/mbox.js';

const dir = mkdtempSync(join(tmpdir(), 'renraku-mbox-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function collect(
  source: Buffer | string,
  chunkSize = 7,
  startOffset?: number,
): Promise<MboxMessage[]> {
  const out: MboxMessage[] = [];
  // Tiny chunks put line ends and From lines across chunk boundaries.
  const input =
    typeof source === 'string'
      ? source
      : Readable.from(
          Array.from({ length: Math.ceil(source.length / chunkSize) }, (_, i) =>
            source.subarray(i * chunkSize, (i + 1) * chunkSize),
          ),
        );
  for await (const m of readMbox(input, startOffset === undefined ? {} : { startOffset }))
    out.push(m);
  return out;
}
const texts = (ms: MboxMessage[]): string[] => ms.map((m) => m.raw.toString('utf8'));

const MBOXRD = [
  'From a@example.jp Fri Nov 20 10:00:00 2026',
  'Subject: one',
  '',
  '>From the start of a line',
  '>>From quoted twice',
  'From inside a paragraph is not a boundary',
  '',
  'From b@example.jp Fri Nov 20 11:00:00 2026',
  'Subject: two',
  '',
  '本文',
  '',
  '',
].join('\n');

describe('readMbox: splitting', () => {
  it.each([
    ['LF', MBOXRD],
    ['CRLF', MBOXRD.replace(/\n/g, '\r\n')],
  ])('splits at From lines after a blank line and unescapes >From (%s)', async (_name, box) => {
    const eol = box.includes('\r\n') ? '\r\n' : '\n';
    const messages = await collect(Buffer.from(box));
    expect(texts(messages)).toEqual([
      [
        'Subject: one',
        '',
        'From the start of a line',
        '>From quoted twice',
        'From inside a paragraph is not a boundary',
        '',
      ].join(eol),
      ['Subject: two', '', '本文', ''].join(eol),
    ]);
    expect(messages.map((m) => m.index)).toEqual([0, 1]);
    expect(
      messages.map(
        (m) =>
          box.slice(0, 0) +
          Buffer.from(box)
            .subarray(m.offset, m.offset + 7)
            .toString(),
      ),
    ).toEqual(['From a@', 'From b@']);
  });

  it('yields empty messages and a last message without a trailing newline', async () => {
    const box = 'From a\n\nFrom b\nSubject: x\n\nlast line';
    expect(texts(await collect(Buffer.from(box)))).toEqual(['', 'Subject: x\n\nlast line']);
  });

  it('reads the same from a file path as from a stream, in any chunk size', async () => {
    const path = join(dir, 'small.mbox');
    writeFileSync(path, MBOXRD);
    const expected = texts(await collect(Buffer.from(MBOXRD), 1));
    expect(texts(await collect(path))).toEqual(expected);
    expect(texts(await collect(Buffer.from(MBOXRD), 4096))).toEqual(expected);
  });

  it('resumes from the offset of a message', async () => {
    const path = join(dir, 'resume.mbox');
    writeFileSync(path, MBOXRD);
    const all = await collect(path);
    const resumed = await collect(path, 0, all[1]!.offset);
    expect(resumed).toHaveLength(1);
    expect(resumed[0]!.offset).toBe(all[1]!.offset);
    expect(resumed[0]!.raw.equals(all[1]!.raw)).toBe(true);
  });

  it('treats a file without From lines as one message', async () => {
    expect(texts(await collect(Buffer.from('Subject: bare\n\nbody\n')))).toEqual([
      'Subject: bare\n\nbody\n',
    ]);
  });
});
