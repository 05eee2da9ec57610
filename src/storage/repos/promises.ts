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

function toPromise(row: Selectable<PromisesTable>): StoredPromise {
  return {
    id: row.id,
    applicationId: row.application_id,
    eventId: row.event_id,
    text: row.text,
    t0: row.t0,
    parsed: fromJson<unknown>(row.parsed, null),
    createdAt: row.created_at,
  };
}

export async function savePromise(
  db: Kysely<Database>,
  userId: string,
  input: Omit<StoredPromise, 'id' | 'createdAt'>,
  now: string,
): Promise<StoredPromise> {
  const id = newId();
  await db
    .insertInto('promises')
    .values({
      id,
      user_id: userId,
      application_id: input.applicationId,
      event_id: input.eventId,
      text: input.text,
      t0: input.t0,
      parsed: toJson(input.parsed),
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
  const rows = await db
    .selectFrom('promises')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('t0')
    .orderBy('id')
    .execute();
  return rows.map(toPromise);
}
