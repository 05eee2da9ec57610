import { describe, expect, it } from 'vitest';
import { decodeMessage } from '../../src/adapters/mail/decode.js';
import { BASIC_FIXTURES, MISLABELLED_FIXTURES, MULTIPART_FIXTURES } from './fixtures.js';

/** Deterministic byte damage: truncation and flipped bytes, as a cut download or bad disk gives. */
function damaged(raw: Buffer, seed: number): Buffer[] {
  const out: Buffer[] = [];
  for (const cut of [1, 7, 40, Math.floor(raw.length / 2), raw.length - 3])
    out.push(raw.subarray(0, Math.max(0, cut)));
  const flipped = Buffer.from(raw);
  for (let i = seed % 11; i < flipped.length; i += 13 + (seed % 7))
    flipped[i] = (flipped[i]! * 31 + seed) & 0xff;
  out.push(flipped);
  return out;
}

describe('malformed input never throws', () => {
  const fixtures = [...BASIC_FIXTURES, ...MULTIPART_FIXTURES, ...MISLABELLED_FIXTURES];
  it.each(fixtures.map((f, i) => [f.name, f.raw, i] as const))(
    '%s, damaged',
    async (_name, raw, seed) => {
      for (const bytes of damaged(raw, seed)) {
        for (const fastPath of [true, false]) {
          const result = await decodeMessage(bytes, { fastPath });
          expect(typeof result.ok).toBe('boolean');
          if (result.ok) expect(typeof result.text).toBe('string');
          else expect(result.reason).toContain(' / ');
        }
      }
    },
  );
});
