import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** The single user of the embedded app; server mode has one row per account. */
export const LOCAL_USER_ID = 'local';

export async function ensureUser(db: Kysely<Database>, id: string, name: string, now: string) {
  const existing = await db
    .selectFrom('users')
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst();
  // Two server processes starting together both find no row: the second insert must not fail.
  if (!existing)
    await db
      .insertInto('users')
      .values({ id, name, created_at: now })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
}
