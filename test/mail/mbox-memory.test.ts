import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, expect, it } from 'vitest';
import { decodeMessage } from '../../src/adapters/mail/decode.js';
import { readMbox } from '../../src/adapters/mail/mbox.js';
import { generateMbox } from './fixtures.js';

// A collector we can call, so the check measures what is retained, not garbage not yet swept.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const retained = (): number => {
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

const dir = mkdtempSync(join(tmpdir(), 'renraku-mbox-mem-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('streams a mailbox of tens of MB in bounded memory, decoding every message', {
  timeout: 120_000,
}, async () => {
  const path = join(dir, 'big.mbox');
  const count = 25_000;
  await generateMbox(path, count);
  const size = statSync(path).size;
  expect(size).toBeGreaterThan(30 * 2 ** 20);

  const baseline = retained();
  let peak = 0;
  let read = 0;
  let decoded = 0;
  const samples: number[] = [];
  for await (const { raw, index } of readMbox(path)) {
    expect(index).toBe(read++);
    const result = await decodeMessage(raw);
    if (
      result.ok &&
      /株式会社|㈱|合同会社|^Re:/.test(result.subject) &&
      result.text.includes('山田 太郎 様')
    )
      decoded++;
    if (read % 2_500 === 0) {
      const growth = retained() - baseline;
      samples.push(Math.round(growth / 2 ** 20));
      peak = Math.max(peak, growth);
    }
  }
  expect(read).toBe(count);
  expect(decoded).toBe(count);
  // Reading the file whole would retain its size; streaming keeps a chunk and a message.
  console.log(
    `mbox memory: ${(size / 2 ** 20).toFixed(1)} MB file, retained growth peak ${(peak / 2 ** 20).toFixed(1)} MB, samples ${samples.join(' ')} MB`,
  );
  expect(peak).toBeLessThan(Math.min(24 * 2 ** 20, size / 2));
});
