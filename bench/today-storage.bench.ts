import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRuntime } from '../src/app/runtime.js';
import { recordInterview } from '../src/services/interviews.js';
import { changeStatus } from '../src/services/timeline.js';
import { loadTodayInput, today } from '../src/services/today.js';
import { appendEvent } from '../src/storage/repos/events.js';
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
 * The service keeps what it read and what it worked out, per application, and after a write
 * reads again only the applications whose revision moved (services/today.ts), so the figures
 * are per situation: the first request after start (every row read, every application worked
 * out: the reading a cache cannot help), after a write to one application (an event, as marking
 * an action done records), after a write no application reads, the first request of a new day
 * (every application worked out again, no row read) and warm (nothing changed, as a reload).
 * "straightforward" is the reading before any of this (test/support/today-straightforward),
 * interleaved with the others in the same runs, so the ratio holds on a busy machine. Each
 * figure also has its CPU time (process.cpuUsage), which waiting for a core does not inflate.
 */
const APPLICATIONS = 1_000;
const RUNS = 50;
const TODAY = '2026-11-30';
const TOMORROW = '2026-12-01';
const DAY_AFTER = '2026-12-02';

/** Wall and CPU time (process.cpuUsage, which waiting for a core does not inflate) of each run. */
class Figure {
  readonly wall: number[] = [];
  readonly cpu: number[] = [];
  async time<T>(run: () => Promise<T>): Promise<T> {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const result = await run();
    this.wall.push(performance.now() - start);
    const spent = process.cpuUsage(cpuStart);
    this.cpu.push((spent.user + spent.system) / 1000);
    return result;
  }
}
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
    const apps = (await loadTodayInput(ctx)).applications.map((a) => a.application.id);
    const figures = {
      plain: new Figure(),
      full: new Figure(),
      oneApplication: new Figure(),
      elsewhere: new Figure(),
      newDay: new Figure(),
      warm: new Figure(),
    };
    let items = 0;
    for (let run = 0; run < RUNS; run++) {
      // The first request after the app starts: every row read, every application worked out.
      const full = await figures.full.time(async () =>
        computeToday(await loadTodayInput(ctx), TODAY),
      );
      items = full.items.length;
      // The user acts on one application (a note, as marking an action done records an event).
      await appendEvent(
        ctx.storage.db,
        ctx.userId,
        {
          applicationId: apps[(run * 389) % apps.length] as string,
          type: 'note',
          occurredAt: `${TODAY}T10:00:00+09:00`,
          data: { text: `bench ${run}` },
        },
        `${TODAY}T10:00:00+09:00`,
      );
      const afterWrite = await figures.oneApplication.time(() => today(ctx, TODAY));
      if (afterWrite.items.length !== items) throw new Error('a note changed the list');
      await figures.warm.time(() => today(ctx, TODAY));
      // A write no application depends on (a setting): the revisions say nothing moved.
      await setSetting(ctx.storage.db, ctx.userId, 'bench.touch', run);
      await figures.elsewhere.time(() => today(ctx, TODAY));
      // The date moves on with no write (the first request of a new day): every application
      // worked out again from the rows in memory.
      await figures.newDay.time(() => today(ctx, run % 2 ? DAY_AFTER : TOMORROW));
      await today(ctx, TODAY);
      const before = await figures.plain.time(async () =>
        computeToday(await straightforwardInput(ctx), TODAY),
      );
      if (before.items.length !== items) throw new Error('the two readings list different items');
    }
    await runtime.close();
    const notes = `${RUNS} runs, ${items} items listed`;
    const rows: [string, Figure, boolean][] = [
      ['straightforward reading (the reference)', figures.plain, false],
      [
        'first request after start (every row read, every application worked out)',
        figures.full,
        false,
      ],
      ['after a write to one application', figures.oneApplication, true],
      ['after a write no application reads (a setting)', figures.elsewhere, true],
      ['first request of a new day, no write', figures.newDay, true],
      ['warm (no write since)', figures.warm, true],
    ];
    return rows.flatMap(([label, f, targeted]) => [
      {
        name: `today, ${APPLICATIONS} applications, ${label}: p50`,
        value: median(f.wall),
        unit: 'ms',
        notes: `CPU time p50 ${median(f.cpu).toFixed(1)} ms`,
      },
      {
        name: `today, ${APPLICATIONS} applications, ${label}: p95`,
        value: percentile(f.wall, 95),
        unit: 'ms',
        ...(targeted ? { target: '< 20 ms' } : {}),
        notes: `${notes}; CPU time p95 ${percentile(f.cpu, 95).toFixed(1)} ms`,
      },
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
