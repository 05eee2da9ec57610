import { appendFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { generateMbox } from '../mail/fixtures.js';
import { runCli, tempDir } from '../support/cli.js';

const summary = (stdout: string) => JSON.parse(stdout) as Record<string, number>;

function countMessages(dataDir: string): number {
  const file = join(dataDir, 'renraku.db');
  if (!existsSync(file)) return 0;
  // A second, read-only connection: WAL lets it read while the importer writes.
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM messages').get() as { n: number }).n;
  } catch {
    return 0;
  } finally {
    db.close();
  }
}

describe('renraku import', () => {
  it('imports an .mbox once, keeps a broken message as unreadable, and stores nothing twice', async () => {
    const dir = tempDir();
    const mbox = join(dir, 'mail.mbox');
    await generateMbox(mbox, 300);
    // One message that is no mail at all: kept as unreadable, the import goes on.
    appendFileSync(
      mbox,
      '\nFrom broken@example.com Mon Nov 23 09:00:00 2026\n\u0000\u0001 not a mail\n',
    );
    const env = { RENRAKU_DATA: join(dir, 'data') };
    const first = await runCli(['import', mbox, '--json'], env);
    expect(first.code, first.stderr).toBe(0);
    expect(summary(first.stdout)).toMatchObject({
      read: 301,
      imported: 300,
      duplicates: 0,
      unreadable: 1,
    });
    const again = await runCli(['import', mbox, '--json'], env);
    expect(summary(again.stdout)).toMatchObject({
      read: 301,
      imported: 0,
      duplicates: 301,
      unreadable: 0,
    });
    expect(countMessages(env.RENRAKU_DATA)).toBe(301);
  });

  it('resumes a killed import where it stopped and completes the rest', async () => {
    const dir = tempDir();
    const mbox = join(dir, 'big.mbox');
    await generateMbox(mbox, 4000);
    const data = join(dir, 'data');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'import', mbox, '--json'],
      {
        env: { ...process.env, RENRAKU_DATA: data },
        cwd: join(import.meta.dirname, '..', '..'),
      },
    );
    // Kill it with SIGKILL once some batches are committed and before it is done.
    const deadline = Date.now() + 60_000;
    let seen = 0;
    while (Date.now() < deadline) {
      seen = countMessages(data);
      if (seen > 0 || child.exitCode !== null) break;
      await new Promise((done) => setTimeout(done, 50));
    }
    child.kill('SIGKILL');
    await new Promise((done) => child.once('exit', done));
    expect(seen).toBeGreaterThan(0);
    const committed = countMessages(data);
    expect(committed).toBeLessThan(4000);

    const resumed = await runCli(['import', mbox, '--json'], { RENRAKU_DATA: data });
    expect(resumed.code, resumed.stderr).toBe(0);
    const s = summary(resumed.stdout);
    // It read only what was left after the last committed batch, and lost nothing.
    expect(s.read).toBeLessThanOrEqual(4000 - committed + 200);
    expect(countMessages(data)).toBe(4000);
    const check = await runCli(['import', mbox, '--json'], { RENRAKU_DATA: data });
    expect(summary(check.stdout)).toMatchObject({ read: 4000, imported: 0, duplicates: 4000 });
    // Three CLI processes over 4,000 messages: 20 s is too little on a loaded 2-core machine.
  }, 90_000);
});
