import type { Kysely, Selectable } from 'kysely';
import type { Database, UsersTable } from '../schema.js';

/** A user row as the sign-in code reads it (server mode). */
export type AccountRow = Selectable<UsersTable>;

export async function findAccountByEmail(
  db: Kysely<Database>,
  email: string,
): Promise<AccountRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function findAccountById(
  db: Kysely<Database>,
  id: string,
): Promise<AccountRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertAccount(
  db: Kysely<Database>,
  account: {
    id: string;
    name: string;
    email: string;
    passwordHash: string;
    role: 'admin' | 'member';
    createdAt: string;
  },
): Promise<void> {
  await db
    .insertInto('users')
    .values({
      id: account.id,
      name: account.name,
      email: account.email,
      password_hash: account.passwordHash,
      role: account.role,
      created_at: account.createdAt,
      locked_until: null,
      disabled_at: null,
    })
    .execute();
}

export async function countAdmins(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select(db.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .where('email', 'is not', null)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/**
 * One more wrong password, counted in the database: the failure that reaches `lockAfter` sets
 * `locked_until` and starts the count again. One UPDATE, so wrong passwords sent in parallel
 * (or to several server processes) cannot slip past the limit.
 */
export async function recordFailedLogin(
  db: Kysely<Database>,
  id: string,
  lockAfter: number,
  lockUntil: string,
): Promise<void> {
  await db
    .updateTable('users')
    .set((eb) => {
      const reaches = () => eb('failed_logins', '>=', lockAfter - 1);
      return {
        failed_logins: eb
          .case()
          .when(reaches())
          .then(0)
          .else(eb('failed_logins', '+', 1))
          .end(),
        locked_until: eb.case().when(reaches()).then(lockUntil).else(eb.ref('locked_until')).end(),
      };
    })
    .where('id', '=', id)
    .execute();
}

export async function clearFailedLogins(db: Kysely<Database>, id: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ failed_logins: 0, locked_until: null })
    .where('id', '=', id)
    .execute();
}

export async function setPasswordHash(
  db: Kysely<Database>,
  id: string,
  passwordHash: string,
): Promise<void> {
  await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', id).execute();
}
