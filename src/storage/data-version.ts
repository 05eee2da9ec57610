import { sql } from 'kysely';
import type { Storage } from './engine.js';

/**
 * A token that changes whenever the embedded database's data may have changed, for caches of
 * what was read from it. SQLite's `data_version` moves when another connection commits and
 * `total_changes()` counts every row this connection inserted, updated or deleted, so together
 * they see every write (the embedded app is the only writer of its data directory anyway).
 *
 * null means "do not cache": PostgreSQL (several server processes write; no such counter), and
 * any read inside a transaction, whose own writes could still be rolled back (total_changes
 * does not go down on a rollback, so a cache filled there could outlive the data it saw).
 */
export async function dataVersion(storage: Storage): Promise<string | null> {
  if (storage.engine !== 'sqlite' || storage.db.isTransaction) return null;
  const { rows } = await sql<{ version: number; changes: number }>`
    select (select data_version from pragma_data_version) as version, total_changes() as changes
  `.execute(storage.db);
  const row = rows[0];
  return row ? `${row.version}:${row.changes}` : null;
}
