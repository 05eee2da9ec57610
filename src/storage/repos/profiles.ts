import type { Kysely } from 'kysely';
import type { Profile } from '../../core/domain/entities.js';
import { fromJson, toJson } from '../json.js';
import type { Database } from '../schema.js';

export async function getProfile(db: Kysely<Database>, userId: string): Promise<Profile | null> {
  const row = await db
    .selectFrom('profiles')
    .select('data')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row ? fromJson<Profile>(row.data, null as never) : null;
}

export async function saveProfile(
  db: Kysely<Database>,
  userId: string,
  profile: Profile,
  now: string,
): Promise<void> {
  await db
    .insertInto('profiles')
    .values({ user_id: userId, data: toJson(profile), updated_at: now })
    .onConflict((oc) =>
      oc.column('user_id').doUpdateSet({ data: toJson(profile), updated_at: now }),
    )
    .execute();
}
