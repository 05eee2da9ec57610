import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Engine } from '../engine.js';
import { APP_ROLE, USER_SETTING } from '../scope.js';

/**
 * The tables that hold one user's data, each with a `user_id` column. A request in server mode
 * runs as APP_ROLE, which sees and writes only the rows whose user_id is the signed-in user's.
 * A new table with user data is added here by a new migration (see AGENTS.md, "A table with
 * user data"); test/storage/row-security.test.ts fails when one is forgotten.
 */
export const USER_TABLES = [
  'profiles',
  'companies',
  'contacts',
  'applications',
  'events',
  'promises',
  'messages',
  'drafts',
  'reviews',
  'settings',
] as const;

/**
 * Server mode isolation: row-level security below every query of a signed-in user's request
 * (PostgreSQL only; the embedded SQLite database holds one person's data, so nothing to do).
 *
 * RLS is enabled but not forced: the connecting (owner) user is the system scope that
 * migrations, sign-in and background jobs use across users; requests switch to APP_ROLE in
 * withUserScope (src/storage/scope.ts).
 */
export function rowSecurity(engine: Engine) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      if (engine !== 'postgres') return;
      await ensureAppRole(db);
      const role = sql.id(APP_ROLE);
      const own = sql`current_setting(${sql.lit(USER_SETTING)}, true)`;
      await sql`grant usage on schema ${sql.id(await currentSchema(db))} to ${role}`.execute(db);

      for (const table of USER_TABLES) {
        const t = sql.id(table);
        await sql`grant select, insert, update, delete on ${t} to ${role}`.execute(db);
        await sql`alter table ${t} enable row level security`.execute(db);
        await sql`create policy renraku_own_rows on ${t}
          using (user_id = ${own}) with check (user_id = ${own})`.execute(db);
      }

      // Accounts: a request may read its own user row (name, role) and list or end its own
      // sessions ("log out everywhere"). Signing in, creating sessions, changing a password,
      // invitations and login attempts go through the owner connection in the auth layer.
      await sql`grant select on users to ${role}`.execute(db);
      await sql`alter table users enable row level security`.execute(db);
      await sql`create policy renraku_own_rows on users using (id = ${own})`.execute(db);
      await sql`grant select, delete on sessions to ${role}`.execute(db);
      await sql`alter table sessions enable row level security`.execute(db);
      await sql`create policy renraku_own_rows on sessions
        using (user_id = ${own}) with check (user_id = ${own})`.execute(db);
    },
  };
}

async function currentSchema(db: Kysely<unknown>): Promise<string> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return rows[0]?.schema ?? 'public';
}

/**
 * Creates APP_ROLE (NOLOGIN NOBYPASSRLS) when missing and makes the connecting user a member so
 * that SET ROLE works. Roles belong to the whole server, so another database may have created it
 * already. A user without CREATEROLE cannot do this: the migration stops and says what an
 * administrator must run once; afterwards it succeeds without CREATEROLE.
 */
async function ensureAppRole(db: Kysely<unknown>): Promise<void> {
  const role = sql.id(APP_ROLE);
  if (!(await roleState(db))) await attempt(db, sql`create role ${role} nologin nobypassrls`);
  const state = await roleState(db);
  if (state?.bypass) {
    throw new Error(
      `ロール ${APP_ROLE} が行単位セキュリティを迂回できる設定です (SUPERUSER または BYPASSRLS)。` +
        `ALTER ROLE ${APP_ROLE} NOSUPERUSER NOBYPASSRLS を実行してください。\n` +
        `Role ${APP_ROLE} can bypass row-level security (SUPERUSER or BYPASSRLS); run ALTER ROLE ${APP_ROLE} NOSUPERUSER NOBYPASSRLS.`,
    );
  }
  if (!state?.member) await attempt(db, sql`grant ${role} to current_user`);
}

/**
 * Runs one role statement behind a savepoint: the migration is a transaction, and losing the
 * race to another database's migration must not abort it.
 */
async function attempt(db: Kysely<unknown>, statement: RawBuilder<unknown>): Promise<void> {
  await sql`savepoint renraku_role`.execute(db);
  try {
    await statement.execute(db);
  } catch (error) {
    await sql`rollback to savepoint renraku_role`.execute(db);
    if (!isAlreadyThere(error)) throw await needsAdministrator(db, error);
  }
  await sql`release savepoint renraku_role`.execute(db);
}

async function roleState(
  db: Kysely<unknown>,
): Promise<{ bypass: boolean; member: boolean } | undefined> {
  const { rows } = await sql<{ bypass: boolean; member: boolean }>`
    select rolsuper or rolbypassrls as bypass,
           pg_has_role(current_user, oid, 'MEMBER') as member
      from pg_roles where rolname = ${APP_ROLE}`.execute(db);
  return rows[0];
}

/** Two databases migrating at once on one server race to create the role or the membership. */
function isAlreadyThere(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === '42710' || code === '23505'; // duplicate_object, unique_violation
}

async function needsAdministrator(db: Kysely<unknown>, cause: unknown): Promise<Error> {
  const { rows } = await sql<{ name: string }>`select current_user as name`.execute(db);
  const user = rows[0]?.name ?? '<user>';
  const recipe = `CREATE ROLE ${APP_ROLE} NOLOGIN NOBYPASSRLS; GRANT ${APP_ROLE} TO "${user}";`;
  return new Error(
    `行単位セキュリティのロール ${APP_ROLE} を用意できません (接続ユーザー ${user} に CREATEROLE 権限がありません)。` +
      `管理者が一度だけ次を実行してから、もう一度 renraku migrate を実行してください: ${recipe}\n` +
      `Cannot set up the row-level security role ${APP_ROLE} (the connecting user ${user} lacks CREATEROLE). ` +
      `Have an administrator run this once, then run renraku migrate again: ${recipe}`,
    { cause },
  );
}
