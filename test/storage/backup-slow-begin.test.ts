import { join } from 'node:path';
import {
  type DatabaseConnection,
  type Driver,
  Kysely,
  PostgresDialect,
  type PostgresDialectConfig,
  sql,
  type TransactionSettings,
} from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRuntime, type Runtime } from '../../src/app/runtime.js';
import { recordInterview } from '../../src/services/interviews.js';
import { readBackup, writeBackup } from '../../src/storage/backup.js';
import type { Database } from '../../src/storage/schema.js';
import { tempDir } from '../support/cli.js';
import { createTestDatabase } from '../support/postgres.js';

/**
 * A restore whose transaction cannot begin at once (PostgreSQL's pool is busy) must still read
 * the file from its first line. readline starts reading as soon as it is made, and lines it
 * emits before anyone iterates are dropped: a restore that opened the file before BEGIN lost
 * its header under load and refused a good backup.
 */
const NOW = '2026-11-23T10:00:00+09:00';
let source: Runtime;
let file: string;

beforeAll(async () => {
  source = await openRuntime({ dataDir: tempDir() }, () => new Date(NOW));
  await recordInterview(source.context, {
    companyName: '株式会社おそい',
    stage: 'interview_1',
    at: '2026-11-20T10:00',
    said: '1週間以内にご連絡します',
  });
  file = join(tempDir(), 'small.renraku-backup');
  await writeBackup(source.storage.db, source.storage.engine, file, NOW);
});
afterAll(async () => {
  await source?.close();
});

describe('restore while the database is busy', () => {
  it('keeps the header and every row when BEGIN has to wait for a connection', async () => {
    const database = await createTestDatabase();
    // Migrate the empty database through the app, then restore through a driver whose BEGIN
    // takes a while, as it does when the server is busy.
    const migrated = await openRuntime({ databaseUrl: database.url }, () => new Date(NOW));
    await migrated.close();
    const pool = new pg.Pool({ connectionString: database.url });
    const db = new Kysely<Database>({ dialect: new SlowBeginDialect({ pool }) });
    try {
      const counts = await readBackup(db, file);
      expect(counts.applications).toBe(1);
      expect(counts.events).toBeGreaterThan(0);
      const { rows } = await sql<{ n: string }>`select count(*) as n from companies`.execute(db);
      expect(Number(rows[0]?.n)).toBe(1);
    } finally {
      await db.destroy();
      await database.drop();
    }
  });
});

class SlowBeginDialect extends PostgresDialect {
  constructor(config: PostgresDialectConfig) {
    super(config);
  }
  override createDriver(): Driver {
    const driver = super.createDriver();
    const begin = driver.beginTransaction.bind(driver);
    driver.beginTransaction = async (
      connection: DatabaseConnection,
      settings: TransactionSettings,
    ) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      return begin(connection, settings);
    };
    return driver;
  }
}
