import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateMbox } from '../mail/fixtures.js';
import { tempDir } from '../support/cli.js';

/**
 * Crash safety (spec/quality.md, reliability): kill the process with SIGKILL at random moments
 * while it imports mail or accepts writes through the API, reopen, and check that the database
 * opens cleanly and that nothing reported as committed is lost. Runs the built CLI.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');
const ROUNDS = 26; // × 2 scenarios = 52 kills
const MESSAGES = 3000;

let seed = 20261123;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function open(dataDir: string) {
  const file = join(dataDir, 'renraku.db');
  return existsSync(file) ? new BetterSqlite3(file, { readonly: true, fileMustExist: true }) : null;
}

function count(dataDir: string, table: 'messages' | 'events'): number {
  const db = open(dataDir);
  if (!db) return 0;
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } catch {
    return 0; // not migrated yet
  } finally {
    db.close();
  }
}

/** Reopens as the app would (read-write, WAL recovery) and runs SQLite's own check. */
function integrity(dataDir: string): string {
  const file = join(dataDir, 'renraku.db');
  if (!existsSync(file)) return 'ok';
  const db = new BetterSqlite3(file);
  try {
    return (db.pragma('integrity_check', { simple: true }) as string) ?? 'no answer';
  } finally {
    db.close();
  }
}

function start(args: string[], dataDir: string): ChildProcess {
  return spawn(process.execPath, [CLI, ...args], {
    env: { ...process.env, RENRAKU_DATA: dataDir },
    cwd: ROOT,
  });
}

async function kill(child: ChildProcess) {
  if (child.exitCode === null) {
    child.kill('SIGKILL');
    await new Promise((done) => child.once('exit', done));
  }
}

let mbox: string;
beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error('run `npm run build` first (npm test builds)');
  mbox = join(tempDir(), 'crash.mbox');
  await generateMbox(mbox, MESSAGES);
}, 120_000);

describe('SIGKILL at random moments', () => {
  it(`during an .mbox import, ${ROUNDS} times: opens cleanly, loses nothing committed, resumes`, async () => {
    const data = tempDir();
    let kills = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const child = start(['import', mbox, '--json'], data);
      await sleep(150 + random() * 1200);
      const committed = count(data, 'messages');
      await kill(child);
      if (child.signalCode === 'SIGKILL') kills++;
      expect(integrity(data)).toBe('ok');
      expect(count(data, 'messages')).toBeGreaterThanOrEqual(committed);
    }
    expect(kills).toBeGreaterThan(ROUNDS / 2);
    const last = start(['import', mbox, '--json'], data);
    // What the resumed import said, so a failure here names its reason.
    let said = '';
    last.stderr?.on('data', (chunk: Buffer) => {
      said += chunk.toString();
    });
    const code = await new Promise<number | null>((done) => last.once('exit', done));
    expect({ code, said: code === 0 ? '' : said }).toEqual({ code: 0, said: '' });
    expect(count(data, 'messages')).toBe(MESSAGES);
  }, 300_000);

  it(`during API writes, ${ROUNDS} times: every write answered 201 is still there`, async () => {
    const data = tempDir();
    let acknowledged = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const child = start(['serve', '--port', '0'], data);
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout?.on('data', (d: Buffer) => {
          out += d.toString();
          const found = /http:\/\/[^\s]+/.exec(out)?.[0];
          if (found) resolve(found);
        });
        child.once('exit', () => reject(new Error('server exited')));
      });
      const host = new URL(url).host;
      const stopAt = Date.now() + 100 + random() * 600;
      const writes: Promise<void>[] = [];
      while (Date.now() < stopAt) {
        writes.push(
          fetch(`${url}/api/interviews`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', host, origin: url },
            body: JSON.stringify({
              companyName: `クラッシュ株式会社${round}`,
              stage: 'interview_1',
              at: '2026-11-20T10:00',
              said: '1週間以内にご連絡します',
            }),
          })
            .then((r) => {
              // Two events per acknowledged interview (the interview and the promise).
              if (r.status === 201) acknowledged += 2;
            })
            .catch(() => undefined),
        );
        await sleep(5);
      }
      await kill(child);
      await Promise.all(writes);
      expect(integrity(data)).toBe('ok');
      expect(count(data, 'events')).toBeGreaterThanOrEqual(acknowledged);
    }
    expect(acknowledged).toBeGreaterThan(0);
  }, 300_000);
});
