import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { type DialectAdapter, Kysely, SqliteAdapter, SqliteDialect } from 'kysely';
import { acquireDataDirLock } from './data-dir-lock.js';
import type { Storage } from './engine.js';
import { ensurePrivateDir, ensurePrivateFile, tightenExisting } from './private-files.js';
import { type MigrateMode, prepareSchema } from './migrate.js';
import { withStatementCache } from './statement-cache.js';
import type { Database } from './schema.js';

export const DATABASE_FILE = 'renraku.db';

/**
 * SQLite runs DDL inside transactions, but Kysely's adapter says it does not, so its migrator
 * would apply a migration statement by statement and record it afterwards: a process killed in
 * between leaves a half-applied migration that every later start fails on ("duplicate column").
 * Saying so lets the migrator run the pending migrations and their record in one transaction.
 */
class TransactionalDdlAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

export class SqliteDialectWithTransactionalDdl extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalDdlAdapter();
  }
}

/**
 * The embedded default: one SQLite file in the data directory, WAL with synchronous=FULL so
 * that a commit that returned survives power loss; the directory is owned by one process.
 * `dataDir` ':memory:' opens a private in-memory database (tests).
 */
export async function openSqlite(
  dataDir: string,
  migrate: MigrateMode = 'apply',
): Promise<Storage> {
  let file = ':memory:';
  let release = () => {};
  if (dataDir !== ':memory:') {
    ensurePrivateDir(dataDir);
    release = acquireDataDirLock(dataDir);
    file = join(dataDir, DATABASE_FILE);
    // SQLite creates the database 0644 under a usual umask, and its -wal and -shm take the
    // database file's mode: a 0600 database keeps all three private.
    ensurePrivateFile(file);
    tightenExisting([`${file}-wal`, `${file}-shm`]);
  }
  try {
    const database = new BetterSqlite3(file);
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = FULL');
    database.pragma('foreign_keys = ON');
    database.pragma('busy_timeout = 5000');
    const db = new Kysely<Database>({
      dialect: new SqliteDialectWithTransactionalDdl({ database: withStatementCache(database) }),
    });
    await prepareSchema(db, 'sqlite', migrate);
    return {
      db,
      engine: 'sqlite',
      location: file,
      async close() {
        await db.destroy();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
