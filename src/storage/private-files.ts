import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';

/**
 * The data directory holds mail, drafts and saved mail passwords: the user's alone. Modes are
 * set explicitly, not left to the umask or to how an older version (or the user) made them.
 * (On Windows chmod only toggles read-only; the profile folder's ACL protects the data there.)
 */
export function ensurePrivateDir(path: string): void {
  mkdirSync(path, { recursive: true, mode: 0o700 });
  chmodSync(path, 0o700);
}

/** Creates the file empty when it is missing (0600 from the start) and makes it 0600. */
export function ensurePrivateFile(path: string): void {
  closeSync(openSync(path, 'a', 0o600));
  chmodSync(path, 0o600);
}

/** 0600 for those of `paths` that exist (SQLite's -wal and -shm come and go). */
export function tightenExisting(paths: readonly string[]): void {
  for (const path of paths) if (existsSync(path)) chmodSync(path, 0o600);
}
