import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRuntime } from '../src/app/runtime.js';
import { recordInterview } from '../src/services/interviews.js';
import { changeStatus } from '../src/services/timeline.js';
import { today } from '../src/services/today.js';
import { setSetting } from '../src/storage/repos/settings.js';
import { STAGES } from '../src/core/domain/stage.js';
import { type BenchResult, median, percentile } from './types.js';

/**
 * "today" for a user with 1,000 applications, server-side, end to end: read every timeline from
 * the embedded database (SQLite file, WAL) and run the follow-up policy, as GET /api/today does.
 * Data goes in through the same service the app uses (real promise grammar and calendar).
 *
 * Two figures, because the service keeps what it read until the next write: "cold" runs right
 * after a write (a setting, which any write invalidates like an event would), so it reads every
 * row and runs the policy; "warm" asks again with no write in between, as a page reload does.
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
    let items = 0;
    for (let run = 0; run < RUNS; run++) {
      await setSetting(ctx.storage.db, ctx.userId, 'bench.touch', run);
      let start = performance.now();
      const result = await today(ctx, TODAY);
      cold.push(performance.now() - start);
      items = result.items.length;
      start = performance.now();
      await today(ctx, TODAY);
      warm.push(performance.now() - start);
    }
    await runtime.close();
    const notes = `${RUNS} runs, ${items} items listed`;
    return [
      {
        name: `today, ${APPLICATIONS} applications, cold (after a write): p50`,
        value: median(cold),
        unit: 'ms',
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
