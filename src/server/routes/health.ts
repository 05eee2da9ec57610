import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { sql } from 'kysely';
import type { Storage } from '../../storage/engine.js';

/** Two levels below the package root both as source (src/server/routes) and built (dist/…). */
const VERSION = (() => {
  try {
    const pkg = readFileSync(new URL('../../../package.json', import.meta.url), 'utf8');
    return (JSON.parse(pkg) as { version?: string }).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
})();

/** Long enough for a busy database, short enough for a load balancer's check interval. */
const DB_TIMEOUT_MS = 2_000;

/**
 * `GET /api/health` (and `/healthz` for proxies): 200 {ok, db: 'up', version} when a trivial
 * query answers in time, 503 {ok: false, db: 'down'} otherwise. It reads no user data and
 * needs no login, so it says nothing but up or down.
 */
export function healthRoutes(storage: () => Storage) {
  return new Hono().get('/', async (c) => {
    const db = await probe(storage());
    return c.json({ ok: db === 'up', db, version: VERSION }, db === 'up' ? 200 : 503);
  });
}

async function probe(storage: Storage): Promise<'up' | 'down'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'down'>((resolve) => {
    timer = setTimeout(() => resolve('down'), DB_TIMEOUT_MS);
  });
  try {
    const answer = sql<{ one: number }>`select 1 as one`
      .execute(storage.db)
      .then((r) => (Number(r.rows[0]?.one) === 1 ? 'up' : 'down'))
      .catch(() => 'down' as const);
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
