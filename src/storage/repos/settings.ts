import type { Kysely } from 'kysely';
import { fromJson, toJson } from '../json.js';
import type { Database } from '../schema.js';

export async function getSetting<T>(
  db: Kysely<Database>,
  userId: string,
  key: string,
): Promise<T | null> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('user_id', '=', userId)
    .where('key', '=', key)
    .executeTakeFirst();
  return row ? fromJson<T | null>(row.value, null) : null;
}

export async function setSetting(
  db: Kysely<Database>,
  userId: string,
  key: string,
  value: unknown,
) {
  await db
    .insertInto('settings')
    .values({ user_id: userId, key, value: toJson(value) })
    .onConflict((oc) => oc.columns(['user_id', 'key']).doUpdateSet({ value: toJson(value) }))
    .execute();
}

/** Finds the user a secret (e.g. a calendar-feed token) belongs to. */
export async function findUserBySetting(db: Kysely<Database>, key: string, value: unknown) {
  const row = await db
    .selectFrom('settings')
    .select('user_id')
    .where('key', '=', key)
    .where('value', '=', toJson(value))
    .executeTakeFirst();
  return row?.user_id ?? null;
}
