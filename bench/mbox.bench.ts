import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { decodeMessage } from '../src/adapters/mail/decode.js';
import { readMbox } from '../src/adapters/mail/mbox.js';
import { generateMbox } from '../test/mail/fixtures.js';
import type { BenchResult } from './types.js';

/** RENRAKU_BENCH_MBOX_COUNT shrinks the mailbox for a quick look; the target is set at 50,000. */
const COUNT = Number(process.env.RENRAKU_BENCH_MBOX_COUNT ?? 50_000);

interface Pass {
  rate: number;
  peakRss: number;
  unreadable: number;
}

async function pass(path: string, handle: (raw: Buffer) => Promise<boolean>): Promise<Pass> {
  let peakRss = process.memoryUsage().rss;
  let read = 0;
  let unreadable = 0;
  const start = performance.now();
  for await (const { raw } of readMbox(path)) {
    if (!(await handle(raw))) unreadable++;
    if (++read % 1_000 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const seconds = (performance.now() - start) / 1000;
  if (read !== COUNT) throw new Error(`read ${read} messages, expected ${COUNT}`);
  return {
    rate: read / seconds,
    peakRss: Math.max(peakRss, process.memoryUsage().rss),
    unreadable,
  };
}

/**
 * `.mbox` intake: a generated mailbox (ISO-2022-JP 7bit / Shift_JIS base64 / UTF-8 QP or 8bit,
 * one in five multipart/alternative with HTML) split and decoded. The baseline is bare
 * mailparser (`simpleParser`); "detection layer" adds our charset checks and header decoding.
 * The lead adds classify + store to get the end-to-end figure against ≥ 2,000 msg/s.
 */
export default async function bench(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'renraku-bench-mbox-'));
  try {
    const path = join(dir, 'bench.mbox');
    await generateMbox(path, COUNT);
    const mb = statSync(path).size / 2 ** 20;
    const notes = `${COUNT.toLocaleString('en-US')} messages, ${mb.toFixed(0)} MB`;
    const rssBefore = process.memoryUsage().rss;
    const split = await pass(path, async () => true);
    const bare = await pass(path, async (raw) => {
      await simpleParser(raw, { skipTextToHtml: true, skipImageLinks: true, skipTextLinks: true });
      return true;
    });
    const full = await pass(
      path,
      async (raw) => (await decodeMessage(raw, { fastPath: false })).ok,
    );
    const layered = await pass(path, async (raw) => (await decodeMessage(raw)).ok);
    const MB = 2 ** 20;
    return [
      { name: 'mbox split only', value: split.rate, unit: 'msg/s', notes },
      {
        name: 'mbox split + bare mailparser (baseline)',
        value: bare.rate,
        unit: 'msg/s',
        notes: 'simpleParser',
      },
      {
        name: 'mbox split + decodeMessage, mailparser for all',
        value: full.rate,
        unit: 'msg/s',
        notes: `${(full.rate / bare.rate).toFixed(2)}× baseline; unreadable ${full.unreadable}`,
      },
      {
        name: 'mbox split + decodeMessage (fast paths on)',
        value: layered.rate,
        unit: 'msg/s',
        target: '≥ 2,000 end to end',
        notes: `${(layered.rate / bare.rate).toFixed(2)}× baseline; unreadable ${layered.unreadable}`,
      },
      {
        name: 'mbox decode peak RSS',
        value: Math.max(full.peakRss, layered.peakRss) / MB,
        unit: 'MB',
        target: '< 300 MB, flat',
        notes: `process RSS ${(rssBefore / MB).toFixed(0)} MB before reading (tsx, generator); bare mailparser pass ${(bare.peakRss / MB).toFixed(0)} MB`,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
