import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** Every application of the user with its revision (migration 0005): what changed since a read. */
export async function listApplicationRevisions(
  db: Kysely<Database>,
  userId: string,
): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('application_revisions')
    .select(['application_id', 'revision'])
    .where('user_id', '=', userId)
    .execute();
  return new Map(rows.map((r) => [r.application_id, Number(r.revision)]));
}
