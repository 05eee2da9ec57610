import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { ensurePrivateFile, tightenExisting } from './private-files.js';

export const LOCK_FILE = 'renraku.lock';

export class DataDirBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: string,
  ) {
    super(
      `データディレクトリ ${dataDir} は別の Renraku プロセス${holder}が使用中です。そちらを終了してから実行してください。\n` +
        `The data directory ${dataDir} is in use by another Renraku process${holder}; stop it first.`,
    );
    this.name = 'DataDirBusyError';
  }
}

/**
 * One process owns a data directory at a time. The lock is SQLite's own exclusive lock on a
 * small side database, held for the life of the process: the operating system drops it when
 * the process dies (even by SIGKILL), so a crash never leaves a stale lock behind.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  const path = join(dataDir, LOCK_FILE);
  ensurePrivateFile(path);
  const lock = new BetterSqlite3(path, { timeout: 0 });
  try {
    lock.pragma('locking_mode = EXCLUSIVE');
    lock.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    lock.close();
    if (error instanceof Error && /busy|locked/i.test(error.message)) {
      throw new DataDirBusyError(dataDir, readHolder(dataDir));
    }
    throw error;
  }
  const pidFile = join(dataDir, `${LOCK_FILE}.pid`);
  writeFileSync(pidFile, String(process.pid), { mode: 0o600 });
  tightenExisting([pidFile, `${path}-journal`]);
  return () => {
    if (lock.open) lock.close();
  };
}

function readHolder(dataDir: string): string {
  try {
    const pid = readFileSync(join(dataDir, `${LOCK_FILE}.pid`), 'utf8').trim();
    return pid ? ` (pid ${pid})` : '';
  } catch {
    return '';
  }
}
