import type { Kysely } from 'kysely';
import { fromJson } from '../json.js';
import type { Database } from '../schema.js';

/** The settings key of a user's reminder choice: `{ daily: boolean }`. */
export const REMINDERS_KEY = 'reminders';

/**
 * The users who asked for the daily mail and have none recorded for `date` yet (background job,
 * across users: run on the owner connection).
 */
export async function listUsersDueReminder(db: Kysely<Database>, date: string) {
  const rows = await db
    .selectFrom('settings')
    .leftJoin('reminders_sent', (join) =>
      join
        .onRef('reminders_sent.user_id', '=', 'settings.user_id')
        .on('reminders_sent.date', '=', date),
    )
    .select(['settings.user_id as userId', 'settings.value as value'])
    // A disabled account gets no mail (its settings stay, in case it is enabled again).
    .innerJoin('users', 'users.id', 'settings.user_id')
    .where('users.disabled_at', 'is', null)
    .where('settings.key', '=', REMINDERS_KEY)
    .where('reminders_sent.user_id', 'is', null)
    .orderBy('settings.user_id')
    .execute();
  return rows
    .filter((r) => fromJson<{ daily?: unknown }>(r.value, {}).daily === true)
    .map((r) => r.userId);
}

/**
 * Takes the (user, date) reminder: the primary key lets exactly one caller insert it, however
 * many processes try at once. `true` = this caller sends the mail.
 */
export async function claimReminder(
  db: Kysely<Database>,
  userId: string,
  date: string,
  at: string,
): Promise<boolean> {
  const row = await db
    .insertInto('reminders_sent')
    .values({ user_id: userId, date, sent_at: at })
    .onConflict((oc) => oc.columns(['user_id', 'date']).doNothing())
    .returning('user_id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Gives a claim back after a failed send, so the next run tries again. */
export async function releaseReminder(db: Kysely<Database>, userId: string, date: string) {
  await db
    .deleteFrom('reminders_sent')
    .where('user_id', '=', userId)
    .where('date', '=', date)
    .execute();
}

/** The account's own name and sign-in address (null for the embedded 'local' user). */
export async function accountOf(db: Kysely<Database>, userId: string) {
  const row = await db
    .selectFrom('users')
    .select(['name', 'email'])
    .where('id', '=', userId)
    .executeTakeFirst();
  return row ?? null;
}
