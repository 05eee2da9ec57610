import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Storage } from './engine.js';
import type { MigrateMode } from './migrate.js';

export interface StorageOptions {
  /** `postgres://…` for server mode; otherwise the embedded database is used. */
  databaseUrl?: string | undefined;
  /** The data directory of the embedded database, or ':memory:'. */
  dataDir?: string | undefined;
  /** What opening does to the schema: apply pending migrations (default), require none, or nothing. */
  migrate?: MigrateMode | undefined;
}

/**
 * Opens the database the configuration names: PostgreSQL when a postgres:// URL is given,
 * else SQLite in the data directory. Each driver is imported only when it is used.
 * @example const storage = await openStorage({ dataDir: ':memory:' });
 */
export async function openStorage(options: StorageOptions = {}): Promise<Storage> {
  const url = options.databaseUrl;
  if (url && /^postgres(ql)?:\/\//.test(url)) {
    const { openPostgres } = await import('./postgres.js');
    return openPostgres(url, options.migrate);
  }
  if (url) {
    throw new Error(
      `DATABASE_URL は postgres:// で始まる必要があります: ${url.split(':')[0]}:…\n` +
        'DATABASE_URL must start with postgres://',
    );
  }
  const { openSqlite } = await import('./sqlite.js');
  return openSqlite(options.dataDir ?? defaultDataDir(), options.migrate);
}

/** The user's data folder: $RENRAKU_DATA, else $XDG_DATA_HOME/renraku, else ~/.local/share/renraku. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.RENRAKU_DATA) return env.RENRAKU_DATA;
  if (process.platform === 'darwin')
    return join(homedir(), 'Library', 'Application Support', 'Renraku');
  if (process.platform === 'win32' && env.APPDATA) return join(env.APPDATA, 'Renraku');
  return join(env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'renraku');
}

export function storageFromEnv(env: NodeJS.ProcessEnv = process.env): StorageOptions {
  return { databaseUrl: env.DATABASE_URL, dataDir: defaultDataDir(env) };
}
