import { describe, expect, it } from 'vitest';
import { decodeMessage } from '../../src/adapters/mail/decode.js';
import type { DecodeResult } from '../../src/adapters/mail/types.js';
import { BASIC_FIXTURES, MISLABELLED_FIXTURES, MULTIPART_FIXTURES } from './fixtures.js';
import { generateMessage } from './mbox-generator.js';

/** Line-end whitespace at the very end differs between parsers and carries no meaning. */
function comparable(result: DecodeResult): unknown {
  if (!result.ok) return result;
  return { ...result, text: result.text.trimEnd(), html: result.html?.trimEnd() ?? null };
}

async function both(raw: Buffer): Promise<[unknown, unknown]> {
  const fast = comparable(await decodeMessage(raw));
  const full = comparable(await decodeMessage(raw, { fastPath: false }));
  return [fast, full];
}

// The fast paths must be invisible: every field equal to what the mailparser path gives.
describe('fast paths agree with the mailparser path', () => {
  const fixtures = [...BASIC_FIXTURES, ...MULTIPART_FIXTURES, ...MISLABELLED_FIXTURES];
  it.each(fixtures.map((f) => [f.name, f.raw] as const))('%s', async (_name, raw) => {
    const [fast, full] = await both(raw);
    expect(fast).toEqual(full);
  });

  it('on 100 generated messages (all charsets, single-part and multipart/alternative)', async () => {
    for (let i = 0; i < 100; i++) {
      const [fast, full] = await both(generateMessage(i));
      expect(fast, `message ${i}`).toEqual(full);
    }
  });
});
