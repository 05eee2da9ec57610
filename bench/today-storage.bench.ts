import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRuntime } from '../src/app/runtime.js';
import { recordInterview } from '../src/services/interviews.js';
import { changeStatus } from '../src/services/timeline.js';
import { today } from '../src/services/today.js';
import { setSetting } from '../src/storage/repos/settings.js';
import { STAGES } from '../src/core/domain/stage.js';
import { computeToday } from '../src/core/followup/index.js';
import { straightforwardInput } from '../test/support/today-straightforward.js';
import { type BenchResult, median, percentile } from './types.js';

/**
 * "today" for a user with 1,000 applications, server-side, end to end: read every timeline from
 * the embedded database (SQLite file, WAL) and run the follow-up policy, as GET /api/today does.
 * Data goes in through the same service the app uses (real promise grammar and calendar).
 *
 * Two figures, because the service keeps what it read until the next write: "cold" runs right
 * after a write (a setting, which any write invalidates like an event would), so it reads every
 * row and runs the policy; "warm" asks again with no write in between, as a page reload does.
 * "straightforward" is the reading before the optimization (test/support/today-straightforward),
 * interleaved with the others in the same runs, so the ratio holds on a busy machine. Each
 * figure also has its CPU time (process.cpuUsage), which waiting for a core does not inflate.
 */
const APPLICATIONS = 1_000;
const RUNS = 50;
const TODAY = '2026-11-30';
const PHRASES = [
  '1週間以内にご連絡します',
  '3営業日以内にメールでご連絡いたします',
  '合格者のみ来週中にお電話します',
  '結果は後日ご連絡します',
  '2、3日中にご連絡します',
  '10日以内にご連絡いたします',
  '今月中にはお知らせします',
];

export default async function bench(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'renraku-bench-'));
  try {
    const runtime = await openRuntime({ dataDir: dir }, () => new Date(`${TODAY}T09:00:00+09:00`));
    const ctx = runtime.context;
    for (let i = 0; i < APPLICATIONS; i++) {
      // Interviews spread over the 60 days before TODAY; one in eight closed by a rejection.
      const daysAgo = (i * 37) % 60;
      const day = new Date(Date.UTC(2026, 10, 30 - daysAgo)).toISOString().slice(0, 10);
      const stage = STAGES[(i % 6) + 2] ?? 'interview_1';
      const recorded = await recordInterview(ctx, {
        companyName: `ベンチ株式会社${i}`,
        stage,
        at: `${day}T14:00`,
        said: PHRASES[i % PHRASES.length],
      });
      if (i % 8 === 0) {
        await changeStatus(ctx, recorded.application.id, { outcome: 'rejected', reason: 'bench' });
      }
    }
    await today(ctx, TODAY); // warm-up
    const cold: number[] = [];
    const warm: number[] = [];
    const plain: number[] = [];
    const cpu = { cold: [] as number[], warm: [] as number[], plain: [] as number[] };
    let items = 0;
    const timed = async <T>(wall: number[], used: number[], run: () => Promise<T>) => {
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      const result = await run();
      wall.push(performance.now() - start);
      const spent = process.cpuUsage(cpuStart);
      used.push((spent.user + spent.system) / 1000);
      return result;
    };
    for (let run = 0; run < RUNS; run++) {
      await setSetting(ctx.storage.db, ctx.userId, 'bench.touch', run);
      const result = await timed(cold, cpu.cold, () => today(ctx, TODAY));
      items = result.items.length;
      await timed(warm, cpu.warm, () => today(ctx, TODAY));
      const before = await timed(plain, cpu.plain, async () =>
        computeToday(await straightforwardInput(ctx), TODAY),
      );
      if (before.items.length !== items) throw new Error('the two readings list different items');
    }
    await runtime.close();
    const notes = `${RUNS} runs, ${items} items listed`;
    const cpuNote = (used: number[]) => `CPU time p50 ${median(used).toFixed(1)} ms`;
    return [
      {
        name: `today, ${APPLICATIONS} applications, straightforward reading (before): p50`,
        value: median(plain),
        unit: 'ms',
        notes: cpuNote(cpu.plain),
      },
      {
        name: `today, ${APPLICATIONS} applications, straightforward reading (before): p95`,
        value: percentile(plain, 95),
        unit: 'ms',
      },
      {
        name: `today, ${APPLICATIONS} applications, cold (after a write): p50`,
        value: median(cold),
        unit: 'ms',
        notes: cpuNote(cpu.cold),
      },
      {
        name: `today, ${APPLICATIONS} applications, cold (after a write): p95`,
        value: percentile(cold, 95),
        unit: 'ms',
        target: '< 20 ms',
        notes,
      },
      {
        name: `today, ${APPLICATIONS} applications, warm (no write since): p50`,
        value: median(warm),
        unit: 'ms',
        notes: cpuNote(cpu.warm),
      },
      {
        name: `today, ${APPLICATIONS} applications, warm (no write since): p95`,
        value: percentile(warm, 95),
        unit: 'ms',
        target: '< 20 ms',
        notes,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
