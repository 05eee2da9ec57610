import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { SqliteDialectWithTransactionalDdl } from '../../src/storage/sqlite.js';

/**
 * A migration is applied whole or not at all on SQLite: a process killed after a migration's
 * first statement must not leave a column that the next start trips over. A migration that fails
 * after its first statement stands in for the kill.
 */
describe('SQLite migrations are atomic', () => {
  it('a migration that fails half-way leaves no trace, and the next run applies it', async () => {
    const database = new BetterSqlite3(':memory:');
    const db = new Kysely<unknown>({
      dialect: new SqliteDialectWithTransactionalDdl({ database }),
    });
    await sql`CREATE TABLE people (id INTEGER PRIMARY KEY)`.execute(db);
    let failOnce = true;
    const migrator = new Migrator({
      db,
      provider: {
        getMigrations: async () => ({
          '0001-email': {
            async up(tx) {
              await sql`ALTER TABLE people ADD COLUMN email TEXT`.execute(tx);
              if (failOnce) {
                failOnce = false;
                throw new Error('killed here');
              }
            },
          },
        }),
      },
    });
    const first = await migrator.migrateToLatest();
    expect(String(first.error)).toContain('killed here');
    const columns = () =>
      database
        .prepare('PRAGMA table_info(people)')
        .all()
        .map((c) => (c as { name: string }).name);
    expect(columns()).toEqual(['id']);
    const second = await migrator.migrateToLatest();
    expect(second.error).toBeUndefined();
    expect(columns()).toEqual(['id', 'email']);
    await db.destroy();
  });
});
