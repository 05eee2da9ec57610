import { type Kysely, type Migration, Migrator } from 'kysely';
import type { Engine } from './engine.js';
import { init } from './migrations/0001-init.js';
import type { Database } from './schema.js';

/** The one migration history, in order. Names sort lexically; never rename a landed one. */
function migrations(engine: Engine): Record<string, Migration> {
  return {
    '0001-init': init(engine),
  };
}

export async function migrateToLatest(db: Kysely<Database>, engine: Engine): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations(engine) },
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    throw new Error(`データベースの更新に失敗しました / migration failed: ${String(error)}`, {
      cause: error,
    });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export function latestMigration(engine: Engine): string {
  return Object.keys(migrations(engine)).sort().at(-1) ?? '';
}
