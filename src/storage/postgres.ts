import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Storage } from './engine.js';
import { type MigrateMode, prepareSchema } from './migrate.js';
import type { Database } from './schema.js';

/**
 * Server mode: a PostgreSQL server at `url`, same schema and migrations as the embedded default.
 * `migrate: 'require'` leaves the schema alone and refuses a database with pending migrations
 * (`renraku serve` in server mode; `renraku migrate` applies them).
 */
export async function openPostgres(url: string, migrate: MigrateMode = 'apply'): Promise<Storage> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await prepareSchema(db, 'postgres', migrate);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return {
    db,
    engine: 'postgres',
    location: redact(url),
    close: () => db.destroy(),
  };
}

/** The URL without its password, for messages and logs. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}
