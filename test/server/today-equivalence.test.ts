import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRuntime, type Runtime } from '../../src/app/runtime.js';
import { addDays } from '../../src/core/calendar/index.js';
import type { IsoDate } from '../../src/core/domain/dates.js';
import { OUTCOMES, STAGES } from '../../src/core/domain/stage.js';
import {
  actionsFor,
  computeToday,
  contactStateFor,
  type TodayInput,
} from '../../src/core/followup/index.js';
import { markActionDone } from '../../src/services/actions.js';
import type { ServiceContext } from '../../src/services/context.js';
import { recordInterview } from '../../src/services/interviews.js';
import { loadApplicationInput, loadTodayInput, today } from '../../src/services/today.js';
import { dataVersion } from '../../src/storage/data-version.js';
import { appendEvent } from '../../src/storage/repos/events.js';
import { insertMessage, updateMessageLink } from '../../src/storage/repos/messages.js';
import { updateCompany } from '../../src/storage/repos/companies.js';
import { changeStatus, editApplication } from '../../src/services/timeline.js';
import { inTransaction } from '../../src/storage/scope.js';
import { createTestDatabase } from '../support/postgres.js';
import { linkedMessage } from '../support/messages.js';
import { straightforwardInput } from '../support/today-straightforward.js';
import { seededRandom as random } from '../support/seeded-random.js';

/**
 * The today list's fast path (lean reads, per-application loading, the cache by data version)
 * against the straightforward reading it replaced, on a generated set of timelines.
 */

const PHRASES = [
  '1週間以内にご連絡します',
  '3営業日以内にメールでご連絡いたします',
  '合格者のみ来週中にお電話します',
  '結果は後日ご連絡します',
  '2、3日中にご連絡します',
  '今月中にはお知らせします',
  '',
];
const START: IsoDate = '2026-10-01';
const DATES: IsoDate[] = ['2026-11-02', '2026-11-20', '2026-11-27', '2026-11-30', '2026-12-28'];

const NOW = () => new Date('2026-11-30T10:00:00+09:00');

/** Timelines of every kind the policy reads, through the services and the repositories. */
async function seed(ctx: ServiceContext) {
  const ids: string[] = [];
  const next = random(20261123);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)] as T;
  for (let i = 0; i < 120; i++) {
    const day = addDays(START, Math.floor(next() * 75));
    const said = pick(PHRASES);
    const recorded = await recordInterview(ctx, {
      // Some companies get a second application; a few companies close on Wednesdays.
      companyName: `検証商事${i % 97}`,
      stage: pick(STAGES.slice(1, 7)),
      at: `${day}T${10 + (i % 7)}:00`,
      ...(said ? { said } : {}),
    });
    const app = recorded.application.id;
    ids.push(app);
    const at = (d: number, time = '11:00') => `${addDays(day, d)}T${time}:00+09:00`;
    const event = (type: string, d: number, data: Record<string, unknown>) =>
      appendEvent(
        ctx.storage.db,
        ctx.userId,
        { applicationId: app, type, occurredAt: at(d), data } as never,
        at(d),
      );
    const roll = next();
    if (roll < 0.15) await event('status', 3 + (i % 9), { outcome: 'rejected', reason: '生成' });
    else if (roll < 0.2) await event('status', 4, { outcome: pick(OUTCOMES), reason: '生成' });
    else if (roll < 0.3) {
      await event('email_sent', 8, { purpose: 'inquire' });
      if (next() < 0.5) await event('call_made', 12, { purpose: 'reinquire' });
    } else if (roll < 0.45) {
      // A linked message, sometimes with a reply deadline, sometimes a status update.
      const category = pick(['schedule', 'status_update', 'pass', 'rejection']);
      const message = await insertMessage(
        ctx.storage.db,
        ctx.userId,
        linkedMessage(`gen-${i}`, next() < 0.8 ? app : (ids[0] ?? app), {
          receivedAt: at(5),
          category,
          extracted: next() < 0.6 ? { dates: [addDays(day, 8)] } : {},
        }),
        at(5),
      );
      await event('message', 5, {
        messageId: message.id,
        category,
        subject: '選考について',
        receivedAt: at(5),
      });
    }
    if (next() < 0.3) await event('note', 6, { text: '振り返り', kind: 'reflection' });
    if (next() < 0.1) await event('note', 9, { text: '確認', kind: 'checked_missed' });
  }
}

let dir: string;
let runtime: Runtime;
let ctx: ServiceContext;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'renraku-today-eq-'));
  runtime = await openRuntime({ dataDir: dir }, NOW);
  ctx = runtime.context;
  await seed(ctx);
}, 120_000);

afterAll(async () => {
  await runtime?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** An event written straight into the data file by a second connection (another process). */
function eventByAnotherConnection(
  id: string,
  applicationId: string,
  type: string,
  at: string,
  data: Record<string, unknown>,
) {
  const other = new BetterSqlite3(join(dir, 'renraku.db'));
  try {
    other
      .prepare(
        'insert into events (id, user_id, application_id, type, occurred_at, recorded_at, data) values (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(id, ctx.userId, applicationId, type, at, at, JSON.stringify(data));
  } finally {
    other.close();
  }
}

/** The same comparisons on both engines (PostgreSQL reads everything in one statement). */
function sameAsStraightforward(context: () => ServiceContext) {
  it('on dates before, during and after the waits', async () => {
    const ctx = context();
    const plain = await straightforwardInput(ctx);
    let listed = 0;
    for (const date of DATES) {
      const expected = computeToday(plain, date);
      const fast = await today(ctx, date);
      expect(fast.items).toEqual(expected.items);
      expect(fast.list).toEqual(expected.list);
      expect(fast.pipeline).toEqual(expected.pipeline);
      expect(fast.actions).toEqual(expected.actions);
      listed += fast.items.length;
    }
    // The generated set must exercise the list, not compare two empty lists.
    expect(listed).toBeGreaterThan(200);
    const kinds = new Set(computeToday(plain, '2026-11-30').items.map((i) => i.action));
    expect(kinds.size).toBeGreaterThanOrEqual(5);
  });

  it('loads the same input as the straightforward loader', async () => {
    const ctx = context();
    // Calendars are compared by their answers below; here, everything else field by field.
    const strip = (input: TodayInput) => input.applications.map(({ calendar: _, ...rest }) => rest);
    const fast = await loadTodayInput(ctx);
    const plain = await straightforwardInput(ctx);
    expect(strip(fast)).toEqual(strip(plain));
    for (const [i, entry] of plain.applications.entries()) {
      for (let d = 0; d < 90; d += 1) {
        const date = addDays(START, d);
        const calendar = fast.applications[i]!.calendar;
        expect(calendar.isBusinessDay(date)).toBe(entry.calendar.isBusinessDay(date));
        expect(calendar.addBusinessDays(date, 3)).toBe(entry.calendar.addBusinessDays(date, 3));
      }
    }
  });

  it('one application read on its own: the same actions and the same contact guards', async () => {
    const ctx = context();
    const plain = await straightforwardInput(ctx);
    for (const entry of plain.applications) {
      const own = await loadApplicationInput(ctx, entry.application.id);
      expect(own).not.toBeNull();
      for (const date of DATES) {
        expect(actionsFor({ ...own!, today: date })).toEqual(actionsFor({ ...entry, today: date }));
        expect(contactStateFor({ ...own!, today: date })).toEqual(
          contactStateFor({ ...entry, today: date }),
        );
      }
    }
    expect(await loadApplicationInput(ctx, 'no-such-application')).toBeNull();
  });
}

describe('today on SQLite: the fast path lists exactly what the straightforward reading lists', () => {
  sameAsStraightforward(() => ctx);
});

describe('today on PostgreSQL: one statement reads exactly what the straightforward reading reads', () => {
  let pgRuntime: Runtime;
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    pgRuntime = await openRuntime({ databaseUrl: database.url }, NOW);
    await seed(pgRuntime.context);
  }, 120_000);
  afterAll(async () => {
    await pgRuntime?.close();
    await database?.drop();
  });
  sameAsStraightforward(() => pgRuntime.context);
  it('is never cached: several processes write', async () => {
    expect(await dataVersion(pgRuntime.context.storage)).toBeNull();
  });
});

describe('today: the cache follows every write', () => {
  it('serves a new list after a write through the app', async () => {
    const before = await today(ctx, '2026-11-30');
    expect(await today(ctx, '2026-11-30')).toBe(before); // unchanged data: served from memory
    // A reflection settles an action whose anchor (interview or rejection) came before it.
    const target = before.items.find(
      (i) => i.action === 'reflect' && (i.from ?? '9999') < '2026-11-30',
    );
    expect(target).toBeDefined();
    await markActionDone(ctx, target!.applicationId, { action: 'reflect' });
    const after = await today(ctx, '2026-11-30');
    expect(after).not.toBe(before);
    expect(after.items).toEqual(computeToday(await straightforwardInput(ctx), '2026-11-30').items);
    expect(
      after.items.some((i) => i.applicationId === target!.applicationId && i.action === 'reflect'),
    ).toBe(false);
  });

  it('serves a new list after a write by another connection to the same file', async () => {
    const before = await today(ctx, '2026-11-30');
    // A reflection settles an action whose anchor (interview or rejection) came before it.
    const target = before.items.find(
      (i) => i.action === 'reflect' && (i.from ?? '9999') < '2026-11-30',
    );
    expect(target).toBeDefined();
    eventByAnotherConnection(
      'zz-other-connection',
      target!.applicationId,
      'note',
      '2026-11-30T10:00:00+09:00',
      {
        text: '別の接続から',
        kind: 'reflection',
      },
    );
    const after = await today(ctx, '2026-11-30');
    expect(
      after.items.some((i) => i.applicationId === target!.applicationId && i.action === 'reflect'),
    ).toBe(false);
    expect(after.items).toEqual(computeToday(await straightforwardInput(ctx), '2026-11-30').items);
  });

  it('does not cache inside a transaction, whose writes may still roll back', async () => {
    expect(await dataVersion(ctx.storage)).not.toBeNull();
    await inTransaction(ctx.storage.db, async (tx) => {
      expect(await dataVersion({ ...ctx.storage, db: tx })).toBeNull();
    });
  });
});

describe('today: after a write, only what changed is read again', () => {
  /** Every kind of write the policy can see, each through the code that makes it in the app. */
  async function write(kind: number, step: number, pick: <T>(xs: readonly T[]) => T) {
    const { db } = ctx.storage;
    const apps = (await straightforwardInput(ctx)).applications;
    const app = pick(apps);
    const id = app.application.id;
    const at = `2026-11-${String(10 + (step % 18)).padStart(2, '0')}T10:00:00+09:00`;
    switch (kind) {
      case 0:
        return appendEvent(
          db,
          ctx.userId,
          {
            applicationId: id,
            type: 'note',
            occurredAt: at,
            data: { text: '振り返り', kind: 'reflection' },
          },
          at,
        );
      case 1:
        return changeStatus(ctx, id, { outcome: 'rejected', reason: '検証' });
      case 2:
        // A second application at a known company, and a new company.
        return recordInterview(ctx, {
          companyName: step % 2 ? app.company.name : `新規商事${step}`,
          stage: 'interview_1',
          at: `2026-11-${String(16 + (step % 10)).padStart(2, '0')}T15:00`,
          said: pick(PHRASES.filter((p) => p !== '')),
        });
      case 3: {
        // A company someone is waiting on is renamed and closes Tuesday to Thursday: every
        // one of its applications' actions carries the new name.
        const waits = (await today(ctx, '2026-11-30')).list.waiting.map((w) => w.action);
        const waiting = apps.find((a) => a.application.id === pick(waits).applicationId) ?? app;
        return updateCompany(db, ctx.userId, waiting.company.id, {
          name: `${waiting.company.name}・${step}`,
          calendar: { ...waiting.company.calendar, closedWeekdays: step % 2 ? [2, 3, 4] : [] },
        });
      }
      case 4: {
        // A message named by one application's event, linked to another, then unlinked.
        const message = await insertMessage(
          db,
          ctx.userId,
          linkedMessage(`step-${step}`, pick(apps).application.id, {
            subject: '日程のご連絡',
            receivedAt: at,
            extracted: { dates: ['2026-12-02'] },
            raw: new Uint8Array([step]),
          }),
          at,
        );
        await appendEvent(
          db,
          ctx.userId,
          {
            applicationId: id,
            type: 'message',
            occurredAt: at,
            data: {
              messageId: message.id,
              category: 'scheduling',
              subject: '日程',
              receivedAt: at,
            },
          } as never,
          at,
        );
        return today(ctx, '2026-11-30').then(() =>
          updateMessageLink(db, ctx.userId, message.id, { applicationId: null }),
        );
      }
      case 5:
        return editApplication(ctx, id, { priority: step % 2 ? 'high' : 'normal' });
      default:
        eventByAnotherConnection(`zz-step-${step}`, id, 'email_sent', at, { purpose: 'inquire' });
    }
  }

  it('lists what the straightforward reading lists after every kind of write', async () => {
    const next = random(20261201);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)] as T;
    let reused = 0;
    for (let step = 0; step < 35; step++) {
      const before = await today(ctx, '2026-11-30');
      await write(step % 7, step, pick);
      for (const date of ['2026-11-30', '2026-12-04'] as IsoDate[]) {
        const expected = computeToday(await straightforwardInput(ctx), date);
        const fast = await today(ctx, date);
        expect(fast.items).toEqual(expected.items);
        expect(fast.list).toEqual(expected.list);
        expect(fast.pipeline).toEqual(expected.pipeline);
        expect(fast.actions).toEqual(expected.actions);
        if (date === '2026-11-30') {
          // Unchanged applications kept their worked-out actions (the same arrays).
          const old = new Set(before.actions);
          reused += fast.actions.filter((a) => a.length > 0 && old.has(a)).length;
        }
      }
    }
    expect(reused).toBeGreaterThan(35 * 50);
  }, 120_000);
});
