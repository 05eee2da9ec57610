import { readPromise } from '../core/promise/index.js';
import type { ServiceContext } from '../services/context.js';
import type { Storage } from '../storage/engine.js';
import { type StorageOptions, defaultDataDir, openStorage } from '../storage/open.js';
import { LOCAL_USER_ID, ensureUser } from '../storage/repos/users.js';
import { tokyoIso } from '../services/context.js';
import { loadStorageConfig } from './config.js';

/**
 * The composition root shared by the CLI and the server: opens the storage the environment
 * names, makes sure the local user exists, and binds the core (promise grammar) and the clock.
 */
export interface Runtime {
  storage: Storage;
  context: ServiceContext;
  /** Moves the app's clock (end-to-end tests only; null returns to the configured clock). */
  setClock(at: Date | null): void;
  close(): Promise<void>;
}

export async function openRuntime(
  options: StorageOptions = storageFromConfig(),
  clock: () => Date = clockFromEnv(),
): Promise<Runtime> {
  const storage = await openStorage(options);
  await ensureUser(storage.db, LOCAL_USER_ID, 'local', tokyoIso(clock()));
  let moved: Date | null = null;
  const context: ServiceContext = {
    storage,
    userId: LOCAL_USER_ID,
    now: () => (moved ? new Date(moved.getTime()) : clock()),
    readPromise: (text, t0, calendar) => readPromise(text, t0, calendar),
  };
  return {
    storage,
    context,
    setClock: (at) => {
      moved = at;
    },
    close: () => storage.close(),
  };
}

/** Where the data lives, from the validated environment (DATABASE_URL, RENRAKU_DATA). */
export function storageFromConfig(env: NodeJS.ProcessEnv = process.env): StorageOptions {
  const config = loadStorageConfig(env);
  return { databaseUrl: config.databaseUrl, dataDir: config.dataDir ?? defaultDataDir(env) };
}

/**
 * The app's clock: the system clock, or a fixed instant from RENRAKU_NOW (ISO date-time) for
 * demos and end-to-end tests. The clock is read only here, at the edge.
 */
export function clockFromEnv(env: NodeJS.ProcessEnv = process.env): () => Date {
  const fixed = env.RENRAKU_NOW ? new Date(env.RENRAKU_NOW) : null;
  if (fixed && Number.isNaN(fixed.getTime())) {
    throw new Error(`RENRAKU_NOW が読めません: ${env.RENRAKU_NOW} / cannot read RENRAKU_NOW`);
  }
  return fixed ? () => new Date(fixed.getTime()) : () => new Date();
}
