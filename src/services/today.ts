import type { IsoDate } from '../core/domain/dates.js';
import type { Company } from '../core/domain/entities.js';
import {
  applicationTimeline,
  computeToday,
  createTodayMemo,
  type PromiseInput,
  type PromiseReading,
  type TodayApplicationInput,
  type TodayInput,
  type TodayMemo,
  type TodayResult,
} from '../core/followup/index.js';
import { dataVersion } from '../storage/data-version.js';
import type { Storage } from '../storage/engine.js';
import { getApplication, listApplications } from '../storage/repos/applications.js';
import { getCompany, listCompaniesById } from '../storage/repos/companies.js';
import { listEvents, listTimelinesOfUser } from '../storage/repos/events.js';
import { readFollowupRowsPostgres } from '../storage/repos/followup-rows.js';
import { listMessageDates, listRecentMessageDates } from '../storage/repos/messages.js';
import { listPromiseDatesOfUser, type PromiseDates } from '../storage/repos/promises.js';
import { listApplicationRevisions } from '../storage/repos/revisions.js';
import { sharedCalendarBinder } from './business-calendar.js';
import type { ServiceContext } from './context.js';

/**
 * Everything the follow-up policy needs about the user's applications: five queries on SQLite
 * (in-process, no round trips), one statement on PostgreSQL.
 */
export async function loadTodayInput(ctx: ServiceContext): Promise<TodayInput> {
  const { applications, companies, timelines, promises, messageDates } = await readRows(ctx);
  const replyDeadlines = replyDeadlinesOf(messageDates);
  return {
    applications: applications.flatMap((application) => {
      const company = companies.get(application.companyId);
      if (!company) return [];
      return [
        inputOf(
          application,
          company,
          timelines.get(application.id),
          promises.get(application.id),
          replyDeadlines,
        ),
      ];
    }),
  };
}

async function readRows(ctx: ServiceContext) {
  const { db } = ctx.storage;
  if (ctx.storage.engine === 'postgres') return readFollowupRowsPostgres(db, ctx.userId);
  const [applications, companies, timelines, promises, messageDates] = await Promise.all([
    listApplications(db, ctx.userId),
    listCompaniesById(db, ctx.userId),
    listTimelinesOfUser(db, ctx.userId),
    listPromiseDatesOfUser(db, ctx.userId),
    listRecentMessageDates(db, ctx.userId),
  ]);
  return { applications, companies, timelines, promises, messageDates };
}

/**
 * One application's policy input, read on its own (an action on one application does not need
 * the others). Equal to its entry in loadTodayInput: the reply deadlines are those of the
 * messages its own events name, which are the only ones the policy looks up for it.
 */
export async function loadApplicationInput(
  ctx: ServiceContext,
  applicationId: string,
): Promise<TodayApplicationInput | null> {
  const { db } = ctx.storage;
  const application = await getApplication(db, ctx.userId, applicationId);
  if (!application) return null;
  const [company, events, promises] = await Promise.all([
    getCompany(db, ctx.userId, application.companyId),
    listEvents(db, ctx.userId, [applicationId]),
    listPromiseDatesOfUser(db, ctx.userId, [applicationId]),
  ]);
  if (!company) return null;
  const named = new Set<string>();
  for (const e of events) {
    named.add(e.id);
    const messageId = (e.data as { messageId?: unknown }).messageId;
    if (typeof messageId === 'string') named.add(messageId);
  }
  const messageDates = await listMessageDates(db, ctx.userId, [...named]);
  return inputOf(
    application,
    company,
    events,
    promises.get(applicationId),
    replyDeadlinesOf(messageDates),
  );
}

function inputOf(
  application: TodayApplicationInput['application'],
  company: Company,
  events: TodayApplicationInput['events'] | undefined,
  promises: readonly PromiseDates[] | undefined,
  replyDeadlines: Record<string, IsoDate>,
): TodayApplicationInput {
  return {
    application,
    company,
    events: events ?? [],
    promises: (promises ?? []).map(toPromiseInput),
    calendar: sharedCalendarBinder(company.calendar),
    replyDeadlines,
  };
}

function replyDeadlinesOf(messageDates: readonly { id: string; firstDate: string | null }[]) {
  const replyDeadlines: Record<string, IsoDate> = {};
  for (const m of messageDates) if (m.firstDate) replyDeadlines[m.id] = m.firstDate;
  return replyDeadlines;
}

function toPromiseInput(p: PromiseDates): PromiseInput {
  const reading = p.parsed as PromiseReading & { earlyDeadline?: string | null };
  return {
    id: p.id,
    eventId: p.eventId,
    text: p.text,
    t0: p.t0,
    reading: { ...reading, early: { deadline: reading.earlyDeadline ?? null } },
  };
}

interface Loaded {
  version: string;
  /** Each application's revision when its input was read (migration 0005). */
  revisions: ReadonlyMap<string, number>;
  input: TodayInput;
  /** Per-application actions by input object: an unchanged application is not worked out again. */
  memo: TodayMemo;
  /** The list of the last date asked for: the page asks for today over and over. */
  last?: { date: IsoDate; result: TodayResult };
}

/** Per open database, per user: what was read at a data version (embedded mode only). */
const LOADED = new WeakMap<Storage, Map<string, Loaded>>();
const USERS_KEPT = 8;

/**
 * loadTodayInput through a cache that follows every write (storage/data-version.ts): the
 * embedded database has one writer, so an unchanged version means unchanged rows. After a write,
 * only the applications whose revision moved are read again (a write usually touches one);
 * many changes at once are read in full. The version is read before the revisions and the
 * revisions before the rows, so rows that a write overtook are kept under an older version or
 * revision and read again next time, never served as current. Callers must treat the input and
 * result as read-only: they are shared.
 */
async function loadedAt(ctx: ServiceContext): Promise<Loaded | null> {
  const version = await dataVersion(ctx.storage);
  if (version === null) return null;
  let users = LOADED.get(ctx.storage);
  if (!users) {
    users = new Map();
    LOADED.set(ctx.storage, users);
  }
  const known = users.get(ctx.userId);
  if (known?.version === version) return known;
  const revisions = await listApplicationRevisions(ctx.storage.db, ctx.userId);
  const input = (known && (await reread(ctx, known, revisions))) ?? (await loadTodayInput(ctx));
  const loaded: Loaded = { version, revisions, input, memo: known?.memo ?? createTodayMemo() };
  users.delete(ctx.userId);
  if (users.size >= USERS_KEPT) users.delete(users.keys().next().value as string);
  users.set(ctx.userId, loaded);
  return loaded;
}

/**
 * The known input with the changed applications read again, in loadTodayInput's order; null
 * when so many changed that one full read is cheaper than reading them one by one.
 */
async function reread(
  ctx: ServiceContext,
  known: Loaded,
  revisions: ReadonlyMap<string, number>,
): Promise<TodayInput | null> {
  const kept = new Map(known.input.applications.map((a) => [a.application.id, a] as const));
  const changed: string[] = [];
  for (const [id, revision] of revisions) {
    if (known.revisions.get(id) !== revision || !kept.has(id)) changed.push(id);
  }
  if (changed.length > Math.max(REREAD_ONE_BY_ONE, revisions.size / 8)) return null;
  const applications: TodayApplicationInput[] = [];
  const reading = new Set(changed);
  for (const id of revisions.keys()) {
    const app = kept.get(id);
    if (app && !reading.has(id)) applications.push(app);
  }
  for (const id of changed) {
    const app = await loadApplicationInput(ctx, id);
    if (app) applications.push(app);
  }
  // listApplications' order: newest first, then id.
  const newer = (a: string, b: string) => (a > b ? -1 : a < b ? 1 : 0);
  applications.sort(
    (a, b) =>
      newer(a.application.createdAt, b.application.createdAt) ||
      newer(a.application.id, b.application.id),
  );
  return { applications };
}

/** Up to this many changed applications are read one by one (a few queries each). */
const REREAD_ONE_BY_ONE = 32;

export async function today(ctx: ServiceContext, date: IsoDate): Promise<TodayResult> {
  const loaded = await loadedAt(ctx);
  if (!loaded) return computeToday(await loadTodayInput(ctx), date);
  if (loaded.last?.date !== date) {
    loaded.last = { date, result: frozen(computeToday(loaded.input, date, loaded.memo)) };
  }
  return loaded.last.result;
}

/** A shared result's arrays refuse changes (push, sort) instead of corrupting the next answer. */
function frozen(result: TodayResult): TodayResult {
  for (const actions of result.actions) Object.freeze(actions);
  Object.freeze(result.actions);
  Object.freeze(result.items);
  Object.freeze(result.list.now);
  Object.freeze(result.list.upcoming);
  Object.freeze(result.list.waiting);
  return result;
}

/** One application's open actions and the picture of its wait, on `date`. */
export async function applicationFollowup(
  ctx: ServiceContext,
  applicationId: string,
  date: IsoDate,
) {
  // The pipeline action depends on every application, so the whole list is computed.
  const loaded = await loadedAt(ctx);
  const input = loaded?.input ?? (await loadTodayInput(ctx));
  const result = computeToday(input, date, loaded?.memo);
  const index = input.applications.findIndex((a) => a.application.id === applicationId);
  const app = input.applications[index];
  if (!app) return null;
  return {
    date,
    actions: result.actions[index] ?? [],
    timeline: applicationTimeline({ ...app, today: date }),
  };
}
