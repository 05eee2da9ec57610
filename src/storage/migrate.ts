import { type Kysely, type Migration, Migrator } from 'kysely';
import type { Engine } from './engine.js';
import { init } from './migrations/0001-init.js';
import { accounts } from './migrations/0002-accounts.js';
import { rowSecurity } from './migrations/0003-row-security.js';
import { reminders } from './migrations/0004-reminders.js';
import { applicationRevisions } from './migrations/0005-application-revisions.js';
import type { Database } from './schema.js';

/** The one migration history, in order. Names sort lexically; never rename a landed one. */
function migrations(engine: Engine): Record<string, Migration> {
  return {
    '0001-init': init(engine),
    '0002-accounts': accounts(engine),
    '0003-row-security': rowSecurity(engine),
    '0004-reminders': reminders(engine),
    '0005-application-revisions': applicationRevisions(engine),
  };
}

const migrator = (db: Kysely<Database>, engine: Engine) =>
  new Migrator({ db, provider: { getMigrations: async () => migrations(engine) } });

export async function migrateToLatest(db: Kysely<Database>, engine: Engine): Promise<string[]> {
  const { error, results } = await migrator(db, engine).migrateToLatest();
  if (error) {
    throw new Error(`データベースの更新に失敗しました / migration failed: ${String(error)}`, {
      cause: error,
    });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/**
 * Brings the schema to exactly the named migration (tests build an old schema this way, fill it,
 * then migrate to the latest and check that every row survived).
 */
export async function migrateTo(db: Kysely<Database>, engine: Engine, name: string): Promise<void> {
  const { error } = await migrator(db, engine).migrateTo(name);
  if (error) throw new Error(`migration to ${name} failed: ${String(error)}`, { cause: error });
}

/** The names of every migration, oldest first. */
export function migrationNames(engine: Engine): string[] {
  return Object.keys(migrations(engine)).sort();
}

/** Every migration this version knows, in order, and whether the database has run it. */
export async function migrationStatus(
  db: Kysely<Database>,
  engine: Engine,
): Promise<{ name: string; applied: boolean }[]> {
  const all = await migrator(db, engine).getMigrations();
  return all.map((m) => ({ name: m.name, applied: m.executedAt !== undefined }));
}

/**
 * Server mode does not change the schema on its own (several processes, a DBA, a backup first):
 * it refuses to start until `renraku migrate` has run.
 */
export class PendingMigrationsError extends Error {
  readonly exitCode = 2;
  constructor(readonly pending: string[]) {
    super(
      `データベースに未適用の更新があります: ${pending.join(', ')}\n` +
        '`renraku migrate` で適用してから起動してください（または RENRAKU_AUTO_MIGRATE=1）。\n' +
        `The database has pending migrations: ${pending.join(', ')}. ` +
        'Run `renraku migrate` first (or set RENRAKU_AUTO_MIGRATE=1).',
    );
  }
}

export async function requireMigrated(db: Kysely<Database>, engine: Engine): Promise<void> {
  const pending = (await migrationStatus(db, engine)).filter((m) => !m.applied);
  if (pending.length > 0) throw new PendingMigrationsError(pending.map((m) => m.name));
}

/** What opening a database does to its schema: apply (default), require up to date, or nothing. */
export type MigrateMode = 'apply' | 'require' | 'none';

export async function prepareSchema(db: Kysely<Database>, engine: Engine, mode: MigrateMode) {
  if (mode === 'apply') await migrateToLatest(db, engine);
  else if (mode === 'require') await requireMigrated(db, engine);
}

export function latestMigration(engine: Engine): string {
  return Object.keys(migrations(engine)).sort().at(-1) ?? '';
}
