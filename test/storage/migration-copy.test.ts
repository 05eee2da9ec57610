import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/storage/engine.js';
import { migrateTo, migrateToLatest, migrationNames } from '../../src/storage/migrate.js';
import type { Database } from '../../src/storage/schema.js';
import { SqliteDialectWithTransactionalDdl } from '../../src/storage/sqlite.js';
import { tempDir } from '../support/cli.js';
import { createTestDatabase } from '../support/postgres.js';

/**
 * A schema migration applied to a copy of real data keeps every row. The database is built at
 * the first migration only, filled with rows shaped like the app's (JSON documents, Japanese
 * text, emoji, raw mail bytes, nulls), then migrated to the latest; every row of every table
 * that existed before is compared column by column. The migrations come from migrate.ts, so a
 * migration added later is covered without touching this test. Both engines.
 */
const ROWS = 60;
const USERS = ['local', 'u2', 'u3'];
const JSON_COLUMNS = new Set([
  'data',
  'domains',
  'calendar',
  'hours',
  'parsed',
  'extracted',
  'findings',
  'signs',
  'statements',
  'reflection',
  'value',
]);
const TEXTS = [
  '株式会社サンプル 採用担当',
  '全角ＡＢＣ１２３ ｶﾀｶﾅ',
  '👨‍👩‍👧‍👦 e\u0301 か\u3099',
  '\u202eRTL\u202c «引用» "quoted" \'single\'',
  '1週間以内にご連絡します\r\n二行目',
];

/** The id of row `i` of a table, and the table a `<x>_id` column refers to. */
const idOf = (table: string, i: number) => (table === 'users' ? USERS[i] : `${table}-${i}`);
const REFERS: Record<string, [string, number]> = {
  company_id: ['companies', ROWS],
  application_id: ['applications', ROWS],
  event_id: ['events', ROWS],
};

function value(
  table: string,
  column: { name: string; dataType: string; isNullable: boolean },
  i: number,
): unknown {
  const { name, dataType, isNullable } = column;
  if (name === 'id') return idOf(table, i);
  if (name === 'user_id') return USERS[i % USERS.length];
  const ref = REFERS[name];
  // Optional references point somewhere two times out of three.
  if (ref) return isNullable && i % 3 === 2 ? null : idOf(ref[0], i % ref[1]);
  if (isNullable && i % 4 === 3) return null;
  const type = dataType.toLowerCase();
  if (type === 'blob' || type === 'bytea') {
    return Buffer.from([
      0,
      255,
      13,
      10,
      0x1b,
      0x24,
      0x42,
      ...Buffer.from(`Subject: ${i}\r\n`),
      i % 256,
    ]);
  }
  if (type === 'real' || type.startsWith('double') || type === 'float4') return i + 0.25;
  if (type === 'integer' || type === 'int4' || type === 'int8' || type === 'bigint') return i % 2;
  if (type === 'boolean' || type === 'bool') return i % 2 === 0;
  if (JSON_COLUMNS.has(name))
    return JSON.stringify({ n: i, text: TEXTS[i % TEXTS.length], list: [1, null, '値'] });
  if (name.endsWith('_at') || name === 't0')
    return `2026-11-${String((i % 28) + 1).padStart(2, '0')}T10:00:00+09:00`;
  if (name === 'key') return `key-${i}`;
  if (name === 'content_hash') return `sha256-${i}`;
  return `${TEXTS[i % TEXTS.length]} #${i}`;
}

/** How many rows a table gets: one profile per user; the rest ROWS. */
const rowCount = (table: string) =>
  table === 'users' || table === 'profiles' ? USERS.length : ROWS;

type Tables = {
  name: string;
  columns: { name: string; dataType: string; isNullable: boolean }[];
}[];

async function fill(db: Kysely<Database>, tables: Tables) {
  // Dependency order: a table after every table its references point to.
  const order = [
    'users',
    'profiles',
    'companies',
    'contacts',
    'applications',
    'events',
    'promises',
  ];
  const sorted = [...tables].sort(
    (a, b) => (order.indexOf(a.name) + 1 || 99) - (order.indexOf(b.name) + 1 || 99),
  );
  for (const table of sorted) {
    const rows = Array.from({ length: rowCount(table.name) }, (_, i) =>
      Object.fromEntries(
        table.columns.map((c) => [
          c.name,
          table.name === 'profiles' && c.name === 'user_id' ? USERS[i] : value(table.name, c, i),
        ]),
      ),
    );
    await db
      .insertInto(table.name as never)
      .values(rows as never)
      .execute();
  }
}

/** Every row of the given tables, old columns only, in a stable order; bytes as hex. */
async function dump(db: Kysely<Database>, tables: Tables): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of tables) {
    const columns = table.columns.map((c) => c.name);
    const rows = await sql<Record<string, unknown>>`
      SELECT ${sql.join(columns.map((c) => sql.ref(c)))} FROM ${sql.table(table.name)}
      ORDER BY ${sql.join(columns.filter((c) => c === 'id' || c === 'user_id' || c === 'key').map((c) => sql.ref(c)))}`.execute(
      db,
    );
    out[table.name] = rows.rows.map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([k, v]) => [
          k,
          v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v,
        ]),
      ),
    );
  }
  return out;
}

async function roundTrip(db: Kysely<Database>, engine: Engine) {
  const [first, ...later] = migrationNames(engine);
  expect(first).toBe('0001-init');
  await migrateTo(db, engine, first ?? '');
  const tables = (await db.introspection.getTables()).filter((t) => !t.name.startsWith('kysely_'));
  expect(tables.map((t) => t.name)).toContain('messages');
  await fill(db, tables);
  const before = await dump(db, tables);
  const applied = await migrateToLatest(db, engine);
  expect(applied).toEqual(later);
  const after = await dump(db, tables);
  for (const table of tables) {
    expect(after[table.name]?.length, table.name).toBe(rowCount(table.name));
    expect(after[table.name], table.name).toEqual(before[table.name]);
  }
  return { tables: tables.length, migrations: applied.length };
}

const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const done of cleanup.splice(0)) await done();
});

describe('a migration applied to a copy of real data keeps every row', () => {
  it('SQLite', async () => {
    const database = new BetterSqlite3(join(tempDir(), 'renraku.db'));
    database.pragma('foreign_keys = ON');
    const db = new Kysely<Database>({
      dialect: new SqliteDialectWithTransactionalDdl({ database }),
    });
    cleanup.push(() => db.destroy());
    const result = await roundTrip(db, 'sqlite');
    expect(result.tables).toBeGreaterThanOrEqual(11);
  });

  it('PostgreSQL', async () => {
    const target = await createTestDatabase();
    const db = new Kysely<Database>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: target.url, max: 2 }) }),
    });
    cleanup.push(async () => {
      await db.destroy();
      await target.drop();
    });
    const result = await roundTrip(db, 'postgres');
    expect(result.tables).toBeGreaterThanOrEqual(11);
  });
});
