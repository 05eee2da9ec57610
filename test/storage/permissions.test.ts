import { chmodSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRuntime } from '../../src/app/runtime.js';
import { writeBackup } from '../../src/storage/backup.js';
import { tempDir } from '../support/cli.js';

/**
 * The data directory holds mail, drafts and saved mail passwords: it is the user's alone
 * (0700), and so is every file in it and every backup (0600) — whatever the umask, and also
 * when the directory or the backup file existed before with looser modes.
 */
const mode = (path: string) => statSync(path).mode & 0o777;
let umask: number;
beforeAll(() => {
  // The loosest umask a user could have: nothing the app creates may rely on it.
  umask = process.umask(0);
});
afterAll(() => {
  process.umask(umask);
});

async function exercise(dataDir: string, backup: string) {
  const runtime = await openRuntime({ dataDir }, () => new Date('2026-11-22T09:00:00+09:00'));
  try {
    await runtime.storage.db
      .insertInto('settings')
      .values({ user_id: 'local', key: 'imap', value: JSON.stringify({ pass: 'secret' }) })
      .onConflict((oc) => oc.doNothing())
      .execute();
    await writeBackup(
      runtime.storage.db,
      runtime.storage.engine,
      backup,
      '2026-11-22T09:00:00+09:00',
    );
    // While the app runs: the database, its WAL and shared memory, the lock and its pid file.
    const files = readdirSync(dataDir);
    expect(files).toEqual(expect.arrayContaining(['renraku.db', 'renraku.db-wal', 'renraku.lock']));
    return Object.fromEntries(files.map((f) => [f, mode(join(dataDir, f))]));
  } finally {
    await runtime.close();
  }
}

describe('file permissions with umask 000', () => {
  it('a new data directory is 0700 and every file in it 0600; a backup is 0600', async () => {
    const dataDir = join(tempDir(), 'nested', 'renraku');
    const backup = join(tempDir(), 'backup.jsonl');
    const modes = await exercise(dataDir, backup);
    expect(mode(dataDir)).toBe(0o700);
    for (const [file, m] of Object.entries(modes))
      expect([file, m.toString(8)]).toEqual([file, '600']);
    expect(mode(backup).toString(8)).toBe('600');
  });

  it('tightens a data directory and a backup file that existed with looser modes', async () => {
    const dataDir = join(tempDir(), 'renraku');
    mkdirSync(dataDir);
    chmodSync(dataDir, 0o755);
    const backup = join(tempDir(), 'old-backup.jsonl');
    writeFileSync(backup, 'old');
    chmodSync(backup, 0o644);
    const modes = await exercise(dataDir, backup);
    expect(mode(dataDir).toString(8)).toBe('700');
    for (const [file, m] of Object.entries(modes))
      expect([file, m.toString(8)]).toEqual([file, '600']);
    expect(mode(backup).toString(8)).toBe('600');
  });

  it('files left by an older version are tightened when the app opens the directory', async () => {
    const dataDir = join(tempDir(), 'renraku');
    await exercise(dataDir, join(tempDir(), 'b.jsonl'));
    for (const f of readdirSync(dataDir)) chmodSync(join(dataDir, f), 0o644);
    const modes = await exercise(dataDir, join(tempDir(), 'c.jsonl'));
    for (const [file, m] of Object.entries(modes))
      expect([file, m.toString(8)]).toEqual([file, '600']);
    expect(existsSync(join(dataDir, 'renraku.db'))).toBe(true);
  });
});
