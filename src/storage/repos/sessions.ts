import type { Kysely, Selectable } from 'kysely';
import type { Database, SessionsTable } from '../schema.js';
import type { AccountRow } from './accounts.js';

export type SessionRow = Selectable<SessionsTable>;

export async function insertSession(db: Kysely<Database>, session: SessionRow): Promise<void> {
  await db.insertInto('sessions').values(session).execute();
}

export async function findSession(
  db: Kysely<Database>,
  id: string,
): Promise<SessionRow | undefined> {
  return db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * The session and its account in one query: every request in server mode starts here, so it
 * is one round trip, not two.
 */
export async function findSessionWithAccount(
  db: Kysely<Database>,
  id: string,
): Promise<{ session: SessionRow; account: AccountRow } | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('sessions')
    .select([
      'users.name as u_name',
      'users.email as u_email',
      'users.password_hash as u_password_hash',
      'users.role as u_role',
      'users.failed_logins as u_failed_logins',
      'users.locked_until as u_locked_until',
      'users.disabled_at as u_disabled_at',
      'users.created_at as u_created_at',
    ])
    .where('sessions.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const {
    u_name,
    u_email,
    u_password_hash,
    u_role,
    u_failed_logins,
    u_locked_until,
    u_disabled_at,
    u_created_at,
    ...session
  } = row;
  return {
    session,
    account: {
      id: session.user_id,
      name: u_name,
      email: u_email,
      password_hash: u_password_hash,
      role: u_role,
      failed_logins: Number(u_failed_logins),
      locked_until: u_locked_until,
      disabled_at: u_disabled_at,
      created_at: u_created_at,
    },
  };
}

export async function touchSession(db: Kysely<Database>, id: string, at: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', id).execute();
}

export async function deleteSession(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Ends every session of a user, or all but `keep` (the browser that asked). */
export async function deleteUserSessions(
  db: Kysely<Database>,
  userId: string,
  keep?: string,
): Promise<number> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keep) query = query.where('id', '!=', keep);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}
