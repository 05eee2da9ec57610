import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeMessage } from '../../src/adapters/mail/decode.js';
import { readMbox } from '../../src/adapters/mail/mbox.js';
import { BASIC_FIXTURES } from './fixtures.js';

async function split(bytes: Buffer, chunk: number): Promise<{ offset: number; raw: string }[]> {
  const chunks = Array.from({ length: Math.ceil(bytes.length / chunk) }, (_, i) =>
    bytes.subarray(i * chunk, (i + 1) * chunk),
  );
  const out: { offset: number; raw: string }[] = [];
  for await (const m of readMbox(Readable.from(chunks))) {
    out.push({ offset: m.offset, raw: m.raw.toString('latin1') });
  }
  return out;
}

// Lines that matter to the splitter, mixed with noise, so the fuzzer hits boundaries often.
const line = fc.oneof(
  fc.constantFrom('From a@b Fri Nov 20 10:00:00 2026', '>From x', '>>From y', '', '\r', 'From'),
  fc.string({ maxLength: 12 }),
);
const mbox = fc
  .tuple(fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([lines, eol, trailing]) => Buffer.from(lines.join(eol) + (trailing ? eol : ''), 'utf8'));

describe('fuzzed input', () => {
  it('mbox splitting does not depend on how the bytes arrive', async () => {
    await fc.assert(
      fc.asyncProperty(mbox, fc.integer({ min: 1, max: 64 }), async (bytes, chunk) => {
        expect(await split(bytes, chunk)).toEqual(await split(bytes, bytes.length + 1));
      }),
      { numRuns: 300 },
    );
  });

  it('decodeMessage resolves for any bytes', async () => {
    const prefix = fc.constantFrom(Buffer.alloc(0), BASIC_FIXTURES[0]!.raw.subarray(0, 200));
    await fc.assert(
      fc.asyncProperty(prefix, fc.uint8Array({ maxLength: 600 }), async (head, tail) => {
        const result = await decodeMessage(Buffer.concat([head, tail]));
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
