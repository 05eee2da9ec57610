import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Storage } from '../../src/storage/engine.js';
import { USER_TABLES } from '../../src/storage/migrations/0003-row-security.js';
import { openStorage } from '../../src/storage/open.js';
import type { Database } from '../../src/storage/schema.js';
import { APP_ROLE, inTransaction, withUserScope } from '../../src/storage/scope.js';
import { ADMIN_URL, createTestDatabase } from '../support/postgres.js';

/**
 * Row-level security on the real PostgreSQL server: inside one user's scope no query, not even
 * one without a WHERE clause, reads or writes another user's rows; the owner connection (jobs,
 * sign-in) still sees everything; and every table with a user_id column has a policy.
 */

const NOW = '2026-11-20T18:00:00+09:00';
const A = 'user-a';
const B = 'user-b';

type Row = Record<string, string | number | Uint8Array>;

/**
 * One row per table for user u. `tag` changes only the row's own key, so a row with a tag
 * still points at u's untagged parents (company, application, event).
 */
function rowsOf(u: string, tag = ''): [table: string, row: Row][] {
  const base = { user_id: u };
  return [
    ['profiles', { ...base, data: `{"name":"プロフィール-${u}"}`, updated_at: NOW }],
    [
      'companies',
      {
        ...base,
        id: `company-${u}${tag}`,
        name: `株式会社${u}${tag}`,
        domains: '[]',
        calendar: '{}',
        hours: '{}',
        created_at: NOW,
      },
    ],
    [
      'contacts',
      {
        ...base,
        id: `contact-${u}${tag}`,
        company_id: `company-${u}`,
        name: `担当-${u}`,
        created_at: NOW,
      },
    ],
    [
      'applications',
      {
        ...base,
        id: `application-${u}${tag}`,
        company_id: `company-${u}`,
        route: 'direct',
        priority: 'normal',
        created_at: NOW,
      },
    ],
    [
      'events',
      {
        ...base,
        id: `event-${u}${tag}`,
        application_id: `application-${u}`,
        type: 'note',
        occurred_at: NOW,
        recorded_at: NOW,
        data: `{"text":"メモ-${u}"}`,
      },
    ],
    [
      'promises',
      {
        ...base,
        id: `promise-${u}${tag}`,
        application_id: `application-${u}`,
        event_id: `event-${u}`,
        text: `一週間以内に-${u}`,
        t0: NOW,
        parsed: '{}',
        created_at: NOW,
      },
    ],
    [
      'messages',
      {
        ...base,
        id: `message-${u}${tag}`,
        content_hash: `hash-${u}${tag}`,
        raw: new TextEncoder().encode(`raw-${u}`),
        source: 'paste',
        extracted: '{}',
        unreadable: 0,
        created_at: NOW,
      },
    ],
    [
      'drafts',
      {
        ...base,
        id: `draft-${u}${tag}`,
        application_id: `application-${u}`,
        template: 'thanks',
        subject: `件名-${u}`,
        body: `本文-${u}`,
        findings: '[]',
        status: 'draft',
        created_at: NOW,
      },
    ],
    [
      'reviews',
      {
        ...base,
        id: `review-${u}${tag}`,
        application_id: `application-${u}`,
        signs: '[]',
        statements: '[]',
        created_at: NOW,
      },
    ],
    ['settings', { ...base, key: `key${tag}`, value: `値-${u}` }],
    [
      'sessions',
      {
        ...base,
        id: `session-${u}${tag}`,
        csrf_token: `csrf-${u}`,
        created_at: NOW,
        expires_at: NOW,
        last_seen_at: NOW,
      },
    ],
  ];
}

function insert(db: Kysely<Database>, table: string, row: Row) {
  const columns = Object.keys(row);
  return sql`insert into ${sql.id(table)} (${sql.join(columns.map((c) => sql.id(c)))})
    values (${sql.join(columns.map((c) => row[c]))})`.execute(db);
}

async function all(db: Kysely<Database>, table: string): Promise<Record<string, unknown>[]> {
  const { rows } = await sql<Record<string, unknown>>`select * from ${sql.id(table)}`.execute(db);
  return rows;
}

/** The user a row belongs to: user_id, or the id itself for users. */
const ownerOf = (table: string, row: Record<string, unknown>) =>
  table === 'users' ? row.id : row.user_id;

/** Every table in the app's schema that has a user_id column, read from the catalogue. */
async function tablesWithUserId(db: Kysely<Database>): Promise<string[]> {
  const { rows } = await sql<{ table_name: string }>`
    select c.table_name from information_schema.columns c
      join information_schema.tables t
        on t.table_schema = c.table_schema and t.table_name = c.table_name
     where c.table_schema = current_schema() and c.column_name = 'user_id'
       and t.table_type = 'BASE TABLE'
     order by 1`.execute(db);
  return rows.map((r) => r.table_name);
}

const SCOPED_TABLES = [...USER_TABLES, 'sessions', 'users'];

let storage: Storage;
let drop: () => Promise<void>;
let databaseUrl: string;

beforeAll(async () => {
  const database = await createTestDatabase();
  drop = database.drop;
  databaseUrl = database.url;
  storage = await openStorage({ databaseUrl: database.url });
  for (const u of [A, B]) {
    await insert(storage.db, 'users', { id: u, name: `名前-${u}`, created_at: NOW });
    for (const [table, row] of rowsOf(u)) await insert(storage.db, table, row);
  }
});

afterAll(async () => {
  await storage?.close();
  await drop?.();
});

describe('the migration', () => {
  it('creates a login-less role that cannot bypass row-level security', async () => {
    const { rows } = await sql<{ rolcanlogin: boolean; rolsuper: boolean; rolbypassrls: boolean }>`
      select rolcanlogin, rolsuper, rolbypassrls from pg_roles where rolname = ${APP_ROLE}`.execute(
      storage.db,
    );
    expect(rows).toEqual([{ rolcanlogin: false, rolsuper: false, rolbypassrls: false }]);
  });

  it('puts a user_id policy on every table that has a user_id column (a new table without one fails here)', async () => {
    const withUserId = await tablesWithUserId(storage.db);
    expect(withUserId.length).toBeGreaterThanOrEqual(USER_TABLES.length);
    const { rows } = await sql<{
      tablename: string;
      qual: string | null;
      with_check: string | null;
      cmd: string;
    }>`select tablename, qual, with_check, cmd from pg_policies
        where schemaname = current_schema()`.execute(storage.db);
    for (const table of withUserId) {
      const policies = rows.filter((p) => p.tablename === table);
      expect(policies, `no row-level security policy on ${table}`).toHaveLength(1);
      expect(policies[0]?.cmd).toBe('ALL');
      const own = /user_id = current_setting\('renraku\.user_id'::text, true\)/;
      expect(policies[0]?.qual).toMatch(own);
      expect(policies[0]?.with_check).toMatch(own);
    }
    const users = rows.filter((p) => p.tablename === 'users');
    expect(users.map((p) => p.qual)).toEqual([
      expect.stringMatching(/id = current_setting\('renraku\.user_id'::text, true\)/),
    ]);
  });

  it('enables row-level security on every table the role may touch', async () => {
    const { rows } = await sql<{ relname: string; relrowsecurity: boolean }>`
      select distinct c.relname, c.relrowsecurity
        from information_schema.role_table_grants g
        join pg_class c on c.relname = g.table_name
        join pg_namespace n on n.oid = c.relnamespace and n.nspname = g.table_schema
       where g.grantee = ${APP_ROLE} and g.table_schema = current_schema()
       order by 1`.execute(storage.db);
    // Later migrations add their own tables (with a policy); these are the ones 0003 covers.
    expect(rows.map((r) => r.relname)).toEqual(expect.arrayContaining(SCOPED_TABLES));
    for (const row of rows) expect(row.relrowsecurity, row.relname).toBe(true);
  });
});

describe("inside user B's scope", () => {
  it.each(SCOPED_TABLES)('select * from %s with no WHERE returns only B rows', async (table) => {
    const seen = await withUserScope(storage, B, (scoped) => all(scoped.db, table));
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.map((r) => ownerOf(table, r))).toEqual(seen.map(() => B));
    expect(JSON.stringify(seen)).not.toContain(A);
  });

  it.each(rowsOf(A, '-from-b'))(
    'an insert into %s with A user_id is refused',
    async (table, row) => {
      await expect(
        withUserScope(storage, B, (scoped) => insert(scoped.db, table, row)),
      ).rejects.toMatchObject({
        code: '42501',
      });
      const { rows } = await sql`select 1 from ${sql.id(table)} where user_id = ${A}`.execute(
        storage.db,
      );
      expect(rows).toHaveLength(1); // only A's own seeded row, nothing written from B's scope
    },
  );

  it.each(USER_TABLES)(
    'updates of %s never reach A rows, and cannot move B rows to A',
    async (table) => {
      const touched = await withUserScope(storage, B, async (scoped) => {
        const { numAffectedRows } =
          await sql`update ${sql.id(table)} set user_id = user_id`.execute(scoped.db);
        return Number(numAffectedRows);
      });
      expect(touched).toBe(1); // B's one row, not A's
      await expect(
        withUserScope(storage, B, (scoped) =>
          sql`update ${sql.id(table)} set user_id = ${A} where user_id = ${B}`.execute(scoped.db),
        ),
      ).rejects.toMatchObject({ code: '42501' });
    },
  );

  it('delete with no WHERE, children first, removes exactly B rows from every table', async () => {
    const rollback = new Error('rollback');
    const deleted: Record<string, number> = {};
    const tables = rowsOf(B)
      .map(([table]) => table)
      .reverse();
    await expect(
      withUserScope(storage, B, async (scoped) => {
        for (const table of tables) {
          const { numAffectedRows } = await sql`delete from ${sql.id(table)}`.execute(scoped.db);
          deleted[table] = Number(numAffectedRows);
        }
        throw rollback; // keep B's rows for the other tests
      }),
    ).rejects.toBe(rollback);
    expect(deleted).toEqual(Object.fromEntries(tables.map((t) => [t, 1])));
    for (const table of tables) {
      const { rows } = await sql`select 1 from ${sql.id(table)} where user_id = ${A}`.execute(
        storage.db,
      );
      expect(rows, table).toHaveLength(1);
    }
  });

  it('cannot write users, update sessions, or read invitations and login attempts', async () => {
    for (const statement of [
      sql`insert into users (id, name, created_at) values ('user-c', 'C', ${NOW})`,
      sql`update users set name = 'x'`,
      sql`update sessions set expires_at = ${NOW}`,
      sql`select * from invitations`,
      sql`select * from login_attempts`,
      sql`select * from kysely_migration`,
    ]) {
      await expect(
        withUserScope(storage, B, (scoped) => statement.execute(scoped.db)),
      ).rejects.toMatchObject({ code: '42501' });
    }
  });
});

describe('the owner connection (migrations, sign-in, background jobs)', () => {
  it.each(SCOPED_TABLES)('still sees every user in %s', async (table) => {
    const seen = await all(storage.db, table);
    expect(new Set(seen.map((r) => ownerOf(table, r)))).toEqual(new Set([A, B]));
  });
});

describe('a pooled connection', () => {
  let single: Storage;
  beforeAll(() => {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    single = { db, engine: 'postgres', location: 'single', close: () => db.destroy() };
  });
  afterAll(() => single?.close());

  it('keeps nothing of one scope for the next (pool of size 1)', async () => {
    const first = await withUserScope(single, A, (s) => all(s.db, 'companies'));
    const second = await withUserScope(single, B, (s) => all(s.db, 'companies'));
    expect(first.map((r) => r.user_id)).toEqual([A]);
    expect(second.map((r) => r.user_id)).toEqual([B]);

    const failing = new Error('fails inside the scope');
    await expect(withUserScope(single, A, async () => Promise.reject(failing))).rejects.toBe(
      failing,
    );
    const { rows } = await sql<{ role: string; owner: string; user_id: string | null }>`
      select current_user as role, session_user as owner,
             current_setting('renraku.user_id', true) as user_id`.execute(single.db);
    expect(rows[0]?.role).toBe(rows[0]?.owner);
    expect(rows[0]?.user_id ?? '').toBe('');
    // Back to the owner: both users' rows, as a job needs.
    expect(new Set((await all(single.db, 'companies')).map((r) => r.user_id))).toEqual(
      new Set([A, B]),
    );
  });

  it('lets work that outlives the scope keep the user scope, on connections of its own', async () => {
    let later: Promise<unknown[]> | undefined;
    let refused: Promise<unknown> | undefined;
    await withUserScope(single, A, async (scoped) => {
      // Started inside, run after the scope's transaction has committed (a background import).
      const afterwards = new Promise((next) => setImmediate(next));
      later = afterwards.then(() =>
        inTransaction(scoped.db, async (tx) => {
          await insert(tx, 'settings', { user_id: A, key: 'later', value: 'v' });
          return all(tx, 'settings');
        }),
      );
      refused = afterwards.then(() =>
        insert(scoped.db, 'settings', { user_id: B, key: 'later', value: 'v' }),
      );
    });
    const seen = (await later) as { user_id: string; key: string }[];
    expect(seen.map((r) => r.user_id)).toEqual([A, A]);
    await expect(refused).rejects.toMatchObject({ code: '42501' });
    // The one pooled connection is the owner's again, with no user set.
    const { rows } = await sql<{ role: string; owner: string; user_id: string | null }>`
      select current_user as role, session_user as owner,
             current_setting('renraku.user_id', true) as user_id`.execute(single.db);
    expect(rows[0]?.role).toBe(rows[0]?.owner);
    expect(rows[0]?.user_id ?? '').toBe('');
    await sql`delete from settings where key = 'later'`.execute(single.db);
  });

  it("never re-enters a scope as another user; the same user's scope is reused", async () => {
    await expect(
      withUserScope(single, A, (scoped) => withUserScope(scoped, B, async () => 'never')),
    ).rejects.toThrow(/another user/);
    const inner = await withUserScope(single, A, (scoped) =>
      withUserScope(scoped, A, async (again) => (again === scoped ? 'same' : 'other')),
    );
    expect(inner).toBe('same');
  });

  it('takes no connection before its first query, and one transaction from then on', async () => {
    const owner = await withUserScope(single, A, async (scoped) => {
      // The pool's only connection is free: the owner can still use it (an eager BEGIN
      // would hold it and this would wait forever).
      const free = await Promise.race([
        all(single.db, 'companies'),
        new Promise<'held'>((done) => setTimeout(() => done('held'), 2000)),
      ]);
      const { rows } = await sql<{ xid: string }>`select txid_current()::text as xid`.execute(
        scoped.db,
      );
      const again = await sql<{ xid: string }>`select txid_current()::text as xid`.execute(
        scoped.db,
      );
      expect(again.rows[0]?.xid).toBe(rows[0]?.xid);
      return free;
    });
    expect(owner).not.toBe('held');
  });

  it('commits when fn resolves and rolls back everything when it throws', async () => {
    const failure = new Error('fails late');
    await expect(
      withUserScope(single, A, async (scoped) => {
        await insert(scoped.db, 'settings', { user_id: A, key: 'rolled-back', value: 'v' });
        throw failure;
      }),
    ).rejects.toBe(failure);
    await withUserScope(single, A, (scoped) =>
      insert(scoped.db, 'settings', { user_id: A, key: 'kept', value: 'v' }),
    );
    const { rows } = await sql<{ key: string }>`select key from settings
      where key in ('rolled-back', 'kept')`.execute(single.db);
    expect(rows.map((r) => r.key)).toEqual(['kept']);
    await sql`delete from settings where key = 'kept'`.execute(single.db);
  });

  it('refuses a second transaction inside the request one (services use inTransaction)', async () => {
    await expect(
      withUserScope(single, A, (scoped) => scoped.db.transaction().execute(async () => 'never')),
    ).rejects.toThrow(/inTransaction/);
  });

  it('refuses a scope inside an open transaction rather than re-scoping it', async () => {
    await expect(
      single.db
        .transaction()
        .execute((tx) => withUserScope({ ...single, db: tx }, A, async () => 'never')),
    ).rejects.toThrow(/transaction/);
  });

  it('inTransaction reuses the scope transaction instead of opening another', async () => {
    const ids = await withUserScope(single, B, (scoped) =>
      inTransaction(scoped.db, async (tx) => {
        expect(tx).toBe(scoped.db);
        return all(tx, 'applications');
      }),
    );
    expect(ids.map((r) => r.user_id)).toEqual([B]);
  });
});

describe('a connecting user that is not a superuser', () => {
  const plainName = `renraku_t_plain_${process.pid}`;
  const creatorName = `renraku_t_creator_${process.pid}`;
  const admin = async () => {
    const client = new pg.Client({ connectionString: ADMIN_URL });
    await client.connect();
    return client;
  };
  /** A login role owning a database of its own (what a hosted PostgreSQL usually gives). */
  async function ownDatabase(name: string, attributes: string): Promise<string> {
    const client = await admin();
    try {
      // Left over from an interrupted run, if any.
      await client.query(`drop database if exists ${name}`);
      await client.query(`drop role if exists ${name}`);
      await client.query(`create role ${name} login nosuperuser ${attributes}`);
      await client.query(`create database ${name} owner ${name}`);
    } finally {
      await client.end();
    }
    const url = new URL(ADMIN_URL);
    url.username = name;
    url.pathname = `/${name}`;
    return url.toString();
  }
  afterAll(async () => {
    const client = await admin();
    for (const name of [plainName, creatorName]) {
      await client.query(`drop database if exists ${name}`);
      await client.query(`drop role if exists ${name}`);
    }
    await client.end();
  });

  /** Rows of two users, then what user one's scope shows of them. */
  async function scopedUsers(storage: Storage) {
    for (const id of ['one', 'two']) {
      await storage.db.insertInto('users').values({ id, name: id, created_at: NOW }).execute();
    }
    return withUserScope(storage, 'one', (s) => all(s.db, 'users'));
  }

  it('without CREATEROLE: the migration stops with the statements an administrator must run, and succeeds once they are run', async () => {
    const url = await ownDatabase(plainName, 'nocreaterole');
    // The role is shared by the server's databases, so it exists already (made by beforeAll);
    // what this user lacks is the membership, which only a CREATEROLE user can grant.
    await expect(openStorage({ databaseUrl: url })).rejects.toThrow(
      new RegExp(`CREATEROLE.*GRANT ${APP_ROLE} TO "${plainName}"[\\s\\S]*lacks CREATEROLE`),
    );
    const client = await admin();
    await client.query(`grant ${APP_ROLE} to ${plainName}`);
    await client.end();
    const plain = await openStorage({ databaseUrl: url });
    try {
      expect((await scopedUsers(plain)).map((r) => r.id)).toEqual(['one']);
    } finally {
      await plain.close();
    }
  });

  it('with CREATEROLE: the migration sets everything up by itself, and the owner is still restricted in a scope', async () => {
    const url = await ownDatabase(creatorName, 'createrole');
    const creator = await openStorage({ databaseUrl: url });
    try {
      expect((await scopedUsers(creator)).map((r) => r.id)).toEqual(['one']);
      expect((await all(creator.db, 'users')).map((r) => r.id).sort()).toEqual(['one', 'two']);
    } finally {
      await creator.close();
    }
  });
});
