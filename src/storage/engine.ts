import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export type Engine = 'sqlite' | 'postgres';

/** An open database: the one query layer, which engine it runs on, and how to close it. */
export interface Storage {
  db: Kysely<Database>;
  engine: Engine;
  /** Where the data lives, for messages ("~/.local/share/renraku/renraku.db", "postgres://…@host/db"). */
  location: string;
  close(): Promise<void>;
}
