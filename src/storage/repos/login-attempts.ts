import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** Failed sign-ins from one client address since `since` (rows are shared by every server process). */
export async function countFailuresFrom(
  db: Kysely<Database>,
  ip: string,
  since: string,
): Promise<{ count: number; oldest: string | null }> {
  const row = await db
    .selectFrom('login_attempts')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('attempted_at').as('oldest')])
    .where('ip', '=', ip)
    .where('attempted_at', '>', since)
    .executeTakeFirst();
  return { count: Number(row?.n ?? 0), oldest: (row?.oldest as string | null) ?? null };
}

export async function recordFailure(
  db: Kysely<Database>,
  attempt: { id: string; ip: string; email: string | null; at: string },
  forgetBefore: string,
): Promise<void> {
  await db
    .insertInto('login_attempts')
    .values({ id: attempt.id, ip: attempt.ip, email: attempt.email, attempted_at: attempt.at })
    .execute();
  // Rows older than the window no longer count: drop them so the table stays small.
  await db.deleteFrom('login_attempts').where('attempted_at', '<=', forgetBefore).execute();
}
