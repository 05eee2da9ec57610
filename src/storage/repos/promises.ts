import type { Kysely, Selectable } from 'kysely';
import { newId } from '../ids.js';
import { fromJson, toJson } from '../json.js';
import type { Database, PromisesTable } from '../schema.js';

/** A promise as stored: the verbatim words, day zero, and what the grammar read from them. */
export interface StoredPromise {
  id: string;
  applicationId: string;
  eventId: string;
  text: string;
  t0: string;
  parsed: unknown;
  createdAt: string;
}

function toPromise(
  row: Omit<Selectable<PromisesTable>, 'explanation'> & { explanation?: string | null },
): StoredPromise {
  const parsed = fromJson<Record<string, unknown> | null>(row.parsed, null);
  const explanation = row.explanation ? fromJson<unknown>(row.explanation, null) : undefined;
  return {
    id: row.id,
    applicationId: row.application_id,
    eventId: row.event_id,
    text: row.text,
    t0: row.t0,
    parsed: parsed && explanation !== undefined ? { ...parsed, explanation } : parsed,
    createdAt: row.created_at,
  };
}

/** The reading without its explanation, which is stored apart (it is most of the bytes); bulk loaders (bench/) store it the same way. */
export function splitExplanation(parsed: unknown): {
  reading: unknown;
  explanation: string | null;
} {
  if (parsed && typeof parsed === 'object' && 'explanation' in parsed) {
    const { explanation, ...reading } = parsed as Record<string, unknown>;
    // The early reading's date is a date the policy uses: it stays with the dates.
    const early = (explanation as { earlyDeadline?: unknown } | null)?.earlyDeadline;
    return {
      reading: { ...reading, earlyDeadline: early ?? null },
      explanation: toJson(explanation),
    };
  }
  return { reading: parsed, explanation: null };
}

export async function savePromise(
  db: Kysely<Database>,
  userId: string,
  input: Omit<StoredPromise, 'id' | 'createdAt'>,
  now: string,
): Promise<StoredPromise> {
  const id = newId();
  const split = splitExplanation(input.parsed);
  await db
    .insertInto('promises')
    .values({
      id,
      user_id: userId,
      application_id: input.applicationId,
      event_id: input.eventId,
      text: input.text,
      t0: input.t0,
      parsed: toJson(split.reading),
      explanation: split.explanation,
      created_at: now,
    })
    .execute();
  return { ...input, id, createdAt: now };
}

export async function listPromises(
  db: Kysely<Database>,
  userId: string,
  applicationIds: readonly string[],
): Promise<StoredPromise[]> {
  if (applicationIds.length === 0) return [];
  const rows = await db
    .selectFrom('promises')
    .selectAll()
    .where('user_id', '=', userId)
    .where('application_id', 'in', applicationIds)
    .orderBy('t0')
    .orderBy('id')
    .execute();
  return rows.map(toPromise);
}

export async function listPromisesOfUser(db: Kysely<Database>, userId: string) {
  // The today list needs the dates only: the explanations stay on disk.
  const rows = await db
    .selectFrom('promises')
    .select(['id', 'user_id', 'application_id', 'event_id', 'text', 't0', 'parsed', 'created_at'])
    .where('user_id', '=', userId)
    .orderBy('t0')
    .orderBy('id')
    .execute();
  return rows.map(toPromise);
}

/** A promise as the follow-up policy reads it: words, day zero and the dates, no explanation. */
export interface PromiseDates {
  id: string;
  applicationId: string;
  eventId: string;
  text: string;
  t0: string;
  parsed: unknown;
}

/**
 * The promises of the user (or of the given applications), by application, in (t0, id) order.
 * Only columns stored before `explanation` are read: a column after it (created_at) would make
 * SQLite walk the explanation's overflow pages for every row.
 */
export async function listPromiseDatesOfUser(
  db: Kysely<Database>,
  userId: string,
  applicationIds?: readonly string[],
): Promise<Map<string, PromiseDates[]>> {
  let query = db
    .selectFrom('promises')
    .select(['id', 'application_id', 'event_id', 'text', 't0', 'parsed'])
    .where('user_id', '=', userId);
  if (applicationIds) {
    if (applicationIds.length === 0) return new Map();
    query = query.where('application_id', 'in', applicationIds);
  }
  return promiseDatesOf(await query.orderBy('t0').orderBy('id').execute());
}

export type PromiseDatesRow = Pick<
  Selectable<PromisesTable>,
  'id' | 'application_id' | 'event_id' | 'text' | 't0' | 'parsed'
>;

/** Promise rows in (t0, id) order → by application, in that order. */
export function promiseDatesOf(rows: readonly PromiseDatesRow[]): Map<string, PromiseDates[]> {
  const byApplication = new Map<string, PromiseDates[]>();
  for (const row of rows) {
    const promise = {
      id: row.id,
      applicationId: row.application_id,
      eventId: row.event_id,
      text: row.text,
      t0: row.t0,
      parsed: fromJson<unknown>(row.parsed, null),
    };
    const list = byApplication.get(row.application_id);
    if (list) list.push(promise);
    else byApplication.set(row.application_id, [promise]);
  }
  return byApplication;
}
