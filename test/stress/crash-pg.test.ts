import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateMbox } from '../mail/fixtures.js';
import { tempDir } from '../support/cli.js';
import { createTestDatabase } from '../support/postgres.js';

/**
 * Crash safety in server mode (spec/quality.md, reliability): the same SIGKILL runs as
 * crash.test.ts, with the built CLI and server on a real PostgreSQL (DATABASE_URL). After every
 * kill the database still answers, every message counted committed before the kill and every
 * interview answered 201 is still there, and the import resumes to completion.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');
const ROUNDS = 12; // × 2 scenarios = 24 kills
const MESSAGES = 4000;

let seed = 20261124;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

let database: { url: string; drop: () => Promise<void> };
let mbox: string;

/** One short-lived connection per question: the test never holds a session across a kill. */
async function query<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

async function count(url: string, table: 'messages' | 'events'): Promise<number> {
  try {
    const [row] = await query<{ n: string }>(url, `SELECT count(*) AS n FROM ${table}`);
    return Number(row?.n ?? 0);
  } catch (error) {
    if ((error as { code?: string }).code === '42P01') return 0; // not migrated yet
    throw error;
  }
}

function start(args: string[], url: string): ChildProcess {
  return spawn(process.execPath, [CLI, ...args], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      RENRAKU_DATA: tempDir(),
      // Server mode: open sign-up for the test account; apply migrations when run alone.
      RENRAKU_SIGNUP: 'open',
      RENRAKU_AUTO_MIGRATE: '1',
    },
    cwd: ROOT,
  });
}

/** Waits until the import has committed past `than` (or has ended), at most `ms`. */
async function progressed(url: string, child: ChildProcess, than: number, ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until && child.exitCode === null) {
    if ((await count(url, 'messages')) > than) return;
    await sleep(50);
  }
}

async function kill(child: ChildProcess) {
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGKILL');
    await new Promise((done) => child.once('exit', done));
  }
}

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error('run `npm run build` first (npm test builds)');
  mbox = join(tempDir(), 'crash-pg.mbox');
  await generateMbox(mbox, MESSAGES);
}, 120_000);

afterAll(async () => {
  await database?.drop();
});

describe('SIGKILL at random moments on PostgreSQL', () => {
  it(`during an .mbox import, ${ROUNDS} times: loses nothing committed, resumes`, async () => {
    database = await createTestDatabase();
    const url = database.url;
    let kills = 0;
    let midImport = 0;
    let committed = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const child = start(['import', mbox, '--json'], url);
      // Startup time swings with the machine's load: wait for this run's first commit, then
      // kill at a random moment inside the next few batches.
      await progressed(url, child, committed, 30_000);
      await sleep(random() * 800);
      committed = await count(url, 'messages');
      await kill(child);
      if (child.signalCode === 'SIGKILL') kills++;
      if (committed > 0 && committed < MESSAGES) midImport++;
      // The server rolled the killed session's open transaction back; nothing committed went.
      const after = await count(url, 'messages');
      expect(after).toBeGreaterThanOrEqual(committed);
      committed = after;
    }
    expect(kills).toBeGreaterThan(ROUNDS / 2);
    // Kills landed in the middle of the import, not only before it began or after it ended.
    expect(midImport).toBeGreaterThan(ROUNDS / 2);
    const last = start(['import', mbox, '--json'], url);
    let out = '';
    last.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
    });
    const code = await new Promise<number | null>((done) => last.once('exit', done));
    expect(code).toBe(0);
    expect(await count(url, 'messages')).toBe(MESSAGES);
    // Nothing stored twice across the resumed runs.
    const [dup] = await query<{ n: string }>(
      url,
      'SELECT count(*) AS n FROM (SELECT message_id FROM messages WHERE message_id IS NOT NULL GROUP BY message_id HAVING count(*) > 1) d',
    );
    expect(Number(dup?.n)).toBe(0);
    expect(out).toContain('"imported"');
  }, 300_000);

  it(`during API writes, ${ROUNDS} times: every interview answered 201 is still there`, async () => {
    const url = database.url;
    const acknowledged: string[] = [];
    let kills = 0;
    // Server mode needs a session; it lives in the database, so it outlives every kill.
    let session: { cookie: string; csrf: string } | null = null;
    for (let round = 0; round < ROUNDS; round++) {
      const child = start(['serve', '--port', '0'], url);
      const base = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout?.on('data', (d: Buffer) => {
          out += d.toString();
          const found = /http:\/\/[^\s"]+/.exec(out)?.[0];
          if (found) resolve(found);
        });
        child.once('exit', () => reject(new Error('server exited')));
      });
      const host = new URL(base).host;
      if (!session) {
        const reply = await fetch(`${base}/api/auth/signup`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', host, origin: base },
          body: JSON.stringify({
            email: 'crash@example.jp',
            password: 'kill -9 every few seconds',
          }),
        });
        expect(reply.status).toBe(201);
        const cookie = /renraku_session=[^;]*/.exec(reply.headers.get('set-cookie') ?? '')?.[0];
        session = {
          cookie: cookie ?? '',
          csrf: ((await reply.json()) as { csrfToken: string }).csrfToken,
        };
      }
      const auth = { cookie: session.cookie, 'x-csrf-token': session.csrf };
      const stopAt = Date.now() + 100 + random() * 600;
      const writes: Promise<void>[] = [];
      while (Date.now() < stopAt) {
        writes.push(
          fetch(`${base}/api/interviews`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', host, origin: base, ...auth },
            body: JSON.stringify({
              companyName: `クラッシュPG株式会社${round}`,
              stage: 'interview_1',
              at: '2026-11-20T10:00',
              said: '1週間以内にご連絡します',
            }),
          })
            .then(async (r) => {
              if (r.status !== 201) return;
              const body = (await r.json()) as { interview: { id: string } };
              acknowledged.push(body.interview.id);
            })
            .catch(() => undefined),
        );
        await sleep(5);
      }
      await kill(child);
      if (child.signalCode === 'SIGKILL') kills++;
      await Promise.all(writes);
      const found = await query<{ id: string }>(url, 'SELECT id FROM events WHERE id = ANY($1)', [
        acknowledged,
      ]);
      expect(found.length).toBe(acknowledged.length);
    }
    expect(kills).toBe(ROUNDS);
    expect(acknowledged.length).toBeGreaterThan(ROUNDS);
  }, 300_000);
});
