import { type Kysely, sql } from 'kysely';
import { openStorage } from '../src/storage/open.js';
import type { Database } from '../src/storage/schema.js';
import { withUserScope } from '../src/storage/scope.js';
import { createTestDatabase } from '../test/support/postgres.js';
import { type Bench, type BenchResult, percentile } from './types.js';

/**
 * What server-mode isolation costs per request: one indexed query bare, in a plain
 * transaction, and inside withUserScope (the transaction plus the role and user setting), on
 * PostgreSQL over loopback. Needs the test PostgreSQL server (TEST_DATABASE_URL).
 */
const ROUNDS = 2000;

const bench: Bench = async () => {
  const database = await createTestDatabase();
  const storage = await openStorage({ databaseUrl: database.url });
  try {
    await sql`insert into users (id, name, created_at) values ('u', 'u', '')`.execute(storage.db);
    const query = (db: Kysely<Database>) =>
      sql`select count(*) from companies where user_id = 'u'`.execute(db);
    const ways: [string, () => Promise<unknown>][] = [
      ['bare query', () => query(storage.db)],
      ['plain transaction', () => storage.db.transaction().execute(query)],
      ['withUserScope', () => withUserScope(storage, 'u', (scoped) => query(scoped.db))],
    ];
    const timings = new Map<string, number[]>(ways.map(([name]) => [name, []]));
    for (let i = 0; i < 200; i++) for (const [, run] of ways) await run(); // warm-up
    // Interleaved, so that load from elsewhere on the machine hits all three alike.
    for (let i = 0; i < ROUNDS; i++) {
      for (const [name, run] of ways) {
        const start = performance.now();
        await run();
        timings.get(name)?.push(performance.now() - start);
      }
    }
    const results: BenchResult[] = [];
    for (const [name, values] of timings) {
      results.push({ name: `one query, ${name}, p50`, value: percentile(values, 50), unit: 'ms' });
      results.push({ name: `one query, ${name}, p95`, value: percentile(values, 95), unit: 'ms' });
    }
    return results;
  } finally {
    await storage.close();
    await database.drop();
  }
};

export default bench;
