import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailPorts } from '../../src/app/mail-ports.js';
import { type Runtime, openRuntime } from '../../src/app/runtime.js';
import { getApplicationView } from '../../src/services/applications.js';
import { recordInterview } from '../../src/services/interviews.js';
import { ingestMessage } from '../../src/services/messages.js';
import { readBackup, writeBackup } from '../../src/storage/backup.js';
import { type Database, TABLES } from '../../src/storage/schema.js';
import { BASIC_FIXTURES } from '../mail/fixtures.js';
import { tempDir } from '../support/cli.js';
import { createTestDatabase } from '../support/postgres.js';

/**
 * Backup and restore of a large data set: 2,000 applications, each with its company, three
 * events, a promise and two messages whose raw bytes are arbitrary (not UTF-8). The backup of
 * the embedded database restores into a new embedded database and into PostgreSQL with every
 * row equal, and the app reads the restored data. Times and size are printed for
 * docs/security.md.
 */
const APPLICATIONS = 2000;
const NOW = '2026-11-22T09:00:00+09:00';
let source: Runtime;
let backup: string;
const figures: Record<string, string> = {};

/** Rows cloned from one made by the real services, with fresh ids: realistic and quick. */
async function fill(db: Kysely<Database>, sample: { application: string; company: string }) {
  const company = await db
    .selectFrom('companies')
    .selectAll()
    .where('id', '=', sample.company)
    .executeTakeFirstOrThrow();
  const application = await db
    .selectFrom('applications')
    .selectAll()
    .where('id', '=', sample.application)
    .executeTakeFirstOrThrow();
  const events = await db
    .selectFrom('events')
    .selectAll()
    .where('application_id', '=', sample.application)
    .execute();
  const promise = await db
    .selectFrom('promises')
    .selectAll()
    .where('application_id', '=', sample.application)
    .executeTakeFirstOrThrow();
  const message = await db.selectFrom('messages').selectAll().executeTakeFirstOrThrow();
  await db.transaction().execute(async (tx) => {
    for (let start = 0; start < APPLICATIONS; start += 100) {
      const batch = Array.from({ length: 100 }, (_, k) => start + k);
      await tx
        .insertInto('companies')
        .values(batch.map((i) => ({ ...company, id: `c${i}`, name: `株式会社ラージ${i} 🏢` })))
        .execute();
      await tx
        .insertInto('applications')
        .values(batch.map((i) => ({ ...application, id: `a${i}`, company_id: `c${i}` })))
        .execute();
      await tx
        .insertInto('events')
        .values(
          batch.flatMap((i) =>
            [0, 1, 2].map((n) => ({
              ...(events[n % events.length] as (typeof events)[number]),
              id: `e${i}-${n}`,
              application_id: `a${i}`,
            })),
          ),
        )
        .execute();
      await tx
        .insertInto('promises')
        .values(
          batch.map((i) => ({
            ...promise,
            id: `p${i}`,
            application_id: `a${i}`,
            event_id: `e${i}-0`,
          })),
        )
        .execute();
      await tx
        .insertInto('messages')
        .values(
          batch.flatMap((i) =>
            [0, 1].map((n) => ({
              ...message,
              id: `m${i}-${n}`,
              application_id: `a${i}`,
              message_id: `<m${i}-${n}@large.example>`,
              content_hash: `hash-${i}-${n}`,
              // Arbitrary bytes: NUL, lone UTF-8 continuation bytes, ISO-2022-JP escapes.
              raw: Buffer.concat([message.raw as Buffer, randomBytes(2000 + ((i * 7919) % 6000))]),
            })),
          ),
        )
        .execute();
    }
  });
}

/** Every row of every backed-up table, in a stable order; bytes as hex, numbers as numbers. */
async function dump(db: Kysely<Database>): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of TABLES.filter((t) => t !== 'users')) {
    const rows = (await db.selectFrom(table).selectAll().execute()) as Record<string, unknown>[];
    out[table] = rows
      .map((row) =>
        Object.fromEntries(
          Object.entries(row)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([k, v]) => [
              k,
              v instanceof Uint8Array
                ? Buffer.from(v).toString('hex')
                : typeof v === 'bigint'
                  ? Number(v)
                  : v,
            ]),
        ),
      )
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  return out;
}

beforeAll(async () => {
  source = await openRuntime({ dataDir: tempDir() }, () => new Date(NOW));
  const recorded = await recordInterview(source.context, {
    companyName: '株式会社見本',
    stage: 'final',
    at: '2026-11-20T14:00',
    said: '1週間以内にご連絡します',
  });
  await ingestMessage(
    source.context,
    createMailPorts(),
    new Uint8Array(BASIC_FIXTURES[0]?.raw ?? []),
    'eml',
  );
  await fill(source.storage.db, {
    application: recorded.application.id,
    company: recorded.company.id,
  });
  backup = join(tempDir(), 'large.renraku-backup');
  const started = performance.now();
  const counts = await writeBackup(source.storage.db, source.storage.engine, backup, NOW);
  figures.backup = `${((performance.now() - started) / 1000).toFixed(2)} s`;
  figures.size = `${(statSync(backup).size / 1024 / 1024).toFixed(1)} MiB`;
  figures.rows = String(Object.values(counts).reduce((a, b) => a + b, 0));
  expect(counts.applications).toBe(APPLICATIONS + 1);
  expect(counts.messages).toBe(APPLICATIONS * 2 + 1);
}, 120_000);
afterAll(async () => {
  await source?.close();
  console.log(`large backup: ${JSON.stringify(figures)}`);
});

describe(`backup and restore of ${APPLICATIONS} applications`, () => {
  it('restores into a new embedded database with every row equal, and the app reads it', async () => {
    const target = await openRuntime({ dataDir: tempDir() }, () => new Date(NOW));
    try {
      const started = performance.now();
      await readBackup(target.storage.db, backup);
      figures.restoreSqlite = `${((performance.now() - started) / 1000).toFixed(2)} s`;
      expect(await dump(target.storage.db)).toEqual(await dump(source.storage.db));
      const view = await getApplicationView(target.context, `a${APPLICATIONS - 1}`);
      expect(view.company.name).toBe(`株式会社ラージ${APPLICATIONS - 1} 🏢`);
    } finally {
      await target.close();
    }
  }, 120_000);

  it('restores into PostgreSQL with every row equal (raw bytes included)', async () => {
    const database = await createTestDatabase();
    const target = await openRuntime({ databaseUrl: database.url }, () => new Date(NOW));
    try {
      const started = performance.now();
      await readBackup(target.storage.db, backup);
      figures.restorePostgres = `${((performance.now() - started) / 1000).toFixed(2)} s`;
      expect(await dump(target.storage.db)).toEqual(await dump(source.storage.db));
    } finally {
      await target.close();
      await database.drop();
    }
  }, 120_000);
});
