import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailPorts } from '../../src/app/mail-ports.js';
import { type Runtime, openRuntime } from '../../src/app/runtime.js';
import { DEFAULT_CALENDAR } from '../../src/core/calendar/calendar-config.js';
import { classifyMessage } from '../../src/core/classify/index.js';
import { readPromise } from '../../src/core/promise/read-promise.js';
import { ingestMessage } from '../../src/services/messages.js';
import { getRawMessage } from '../../src/storage/repos/messages.js';
import { BROKEN_FIXTURES } from '../mail/fixtures-broken.js';
import { MULTIPART_FIXTURES } from '../mail/fixtures-multipart.js';
import { BASIC_FIXTURES } from '../mail/fixtures.js';
import { oddString } from './fuzz-strings.js';

/**
 * What the existing property tests leave open (src/core/promise/properties.test.ts covers short
 * strings, test/mail/fuzz.test.ts random tails on one header): a time bound per call for the
 * promise grammar and the classifier on odd and long text, and the whole intake — decode,
 * classify, link, store — on mutated real messages. Seeded (FUZZ_SEED=… to replay).
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
/** Generous for a loaded 2-core CI machine; a catastrophic regex takes seconds, not this. */
const MAX_MS = 250;

const longText = fc
  .tuple(oddString, fc.integer({ min: 1, max: 400 }))
  .map(([s, n]) => (s || 'あ').repeat(n).slice(0, 20_000));
const anyText = fc.oneof(oddString, longText, fc.string({ unit: 'binary', maxLength: 2000 }));

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
}

describe('the promise grammar and the classifier on arbitrary text', () => {
  it(`readPromise answers every text within ${MAX_MS} ms`, () => {
    let slowest = 0;
    fc.assert(
      fc.property(anyText, (text) => {
        const { value, ms } = timed(() => readPromise(text, '2026-11-20', DEFAULT_CALENDAR));
        slowest = Math.max(slowest, ms);
        expect(value).toBeTypeOf('object');
        expect(ms, `${ms.toFixed(0)} ms for ${JSON.stringify(text.slice(0, 80))}`).toBeLessThan(
          MAX_MS,
        );
      }),
      { seed: SEED, numRuns: 1000 },
    );
    expect(slowest).toBeGreaterThan(0);
  });

  it(`classifyMessage answers every subject and body within ${MAX_MS} ms`, () => {
    fc.assert(
      fc.property(anyText, anyText, oddString, (subject, body, from) => {
        const { value, ms } = timed(() =>
          classifyMessage({ subject, body, from, userAddresses: [from] }),
        );
        expect(typeof value.category).toBe('string');
        expect(ms, `${ms.toFixed(0)} ms`).toBeLessThan(MAX_MS);
      }),
      { seed: SEED, numRuns: 600 },
    );
  });
});

const REAL = [...BASIC_FIXTURES, ...MULTIPART_FIXTURES, ...BROKEN_FIXTURES].map((f) => f.raw);
/** A real message, cut, flipped, spliced or with its line ends damaged. */
const mutatedMail = fc
  .tuple(
    fc.constantFrom(...REAL),
    fc.constantFrom('cut', 'flip', 'splice', 'crlf', 'headers', 'nul'),
    fc.integer({ min: 0, max: 1_000_000 }),
    fc.uint8Array({ minLength: 1, maxLength: 64 }),
  )
  .map(([raw, how, at, noise]) => {
    const i = at % Math.max(1, raw.length);
    const b = Buffer.from(raw);
    if (how === 'cut') return b.subarray(0, i);
    if (how === 'flip') {
      for (let k = 0; k < noise.length; k++) {
        const at = (i + k * 97) % b.length;
        b[at] = (b[at] ?? 0) ^ (noise[k] ?? 0xff);
      }
      return b;
    }
    if (how === 'splice') return Buffer.concat([b.subarray(0, i), noise, b.subarray(i)]);
    if (how === 'crlf')
      return Buffer.from(b.toString('latin1').replace(/\r?\n/g, i % 2 ? '\r' : '\n\n'), 'latin1');
    if (how === 'nul')
      return Buffer.concat([b.subarray(0, i), Buffer.alloc(noise.length), b.subarray(i)]);
    // Headers repeated and folded oddly.
    const text = b.toString('latin1');
    const end = text.indexOf('\r\n\r\n');
    const head = end > 0 ? text.slice(0, end) : text;
    return Buffer.from(
      `${head}\r\n${head.replace(/\r\n/g, '\r\n\t')}${text.slice(head.length)}`,
      'latin1',
    );
  });

let runtime: Runtime;
beforeAll(async () => {
  runtime = await openRuntime({ dataDir: ':memory:' }, () => new Date('2026-11-22T09:00:00+09:00'));
});
afterAll(() => runtime.close());

describe('the mail intake on mutated real messages', () => {
  it('never throws; keeps the raw bytes; an unreadable message is kept with its reason', async () => {
    const ports = createMailPorts();
    const outcomes = { imported: 0, duplicate: 0, unreadable: 0 };
    await fc.assert(
      fc.asyncProperty(mutatedMail, async (raw) => {
        const result = await ingestMessage(runtime.context, ports, new Uint8Array(raw), 'eml');
        outcomes[result.status]++;
        if (result.status === 'duplicate') return;
        const kept = await getRawMessage(runtime.storage.db, 'local', result.message.id);
        expect(Buffer.from(kept ?? []).equals(raw)).toBe(true);
        if (result.status === 'unreadable') {
          expect(result.message.unreadable).toBe(true);
          expect(result.message.problem ?? '').not.toBe('');
        }
      }),
      { seed: SEED, numRuns: 400, timeout: 5000 },
    );
    // Mutations produce both readable and unreadable mail, so both paths were exercised.
    expect(outcomes.imported).toBeGreaterThan(0);
    expect(outcomes.unreadable).toBeGreaterThan(0);
    expect(outcomes.unreadable + outcomes.imported).toBeGreaterThan(100);
  });
});
