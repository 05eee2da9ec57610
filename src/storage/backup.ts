import { chmodSync, createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Kysely } from 'kysely';
import type { Engine } from './engine.js';
import { latestMigration } from './migrate.js';
import { type Database, TABLES, type TableName } from './schema.js';

/**
 * A backup is JSON Lines: a header, then one line per row (`{"t":"companies","r":{…}}`), bytes as
 * base64. Line-oriented so a large mailbox never has to fit in memory, and engine-neutral so a
 * backup of the embedded database restores into PostgreSQL and back.
 */
export const BACKUP_FORMAT = 'renraku-backup';
const BATCH = 500;

interface Header {
  format: typeof BACKUP_FORMAT;
  version: 1;
  migration: string;
  exportedAt: string;
  engine: Engine;
}

export async function writeBackup(
  db: Kysely<Database>,
  engine: Engine,
  file: string,
  now: string,
): Promise<Record<string, number>> {
  const out = createWriteStream(file, { mode: 0o600 });
  await once(out, 'open');
  // The mode above applies only to a new file; an older file at that path is tightened too.
  chmodSync(file, 0o600);
  const write = async (line: string) => {
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  };
  const header: Header = {
    format: BACKUP_FORMAT,
    version: 1,
    migration: latestMigration(engine),
    exportedAt: now,
    engine,
  };
  await write(JSON.stringify(header));
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    counts[table] = 0;
    // Paged reads keep memory flat on large tables (a mailbox of raw messages).
    let offset = 0;
    for (;;) {
      const rows = await db
        .selectFrom(table)
        .selectAll()
        .orderBy(table === 'profiles' ? 'user_id' : table === 'settings' ? 'key' : 'id')
        .limit(BATCH)
        .offset(offset)
        .execute();
      for (const row of rows) await write(JSON.stringify({ t: table, r: encodeRow(row) }));
      counts[table] += rows.length;
      offset += rows.length;
      if (rows.length < BATCH) break;
    }
  }
  out.end();
  await once(out, 'finish');
  return counts;
}

export class RestoreError extends Error {}

export async function readBackup(
  db: Kysely<Database>,
  file: string,
): Promise<Record<string, number>> {
  // A fresh data directory already has its local user row; data tables must be empty.
  for (const table of TABLES.filter((t) => t !== 'users')) {
    const row = await db
      .selectFrom(table)
      .select(db.fn.countAll<number>().as('n'))
      .executeTakeFirst();
    if (Number(row?.n ?? 0) > 0) {
      throw new RestoreError(
        `復元先が空ではありません（${table} にデータがあります）。空のデータディレクトリに復元してください。\n` +
          `The target is not empty (${table} has rows); restore into an empty data directory.`,
      );
    }
  }
  const counts: Record<string, number> = {};
  await db.transaction().execute(async (tx) => {
    // Opened only once the transaction has begun: readline starts reading at once, and lines it
    // emits before the loop below iterates are lost (on PostgreSQL, BEGIN is a round trip; under
    // load the header line went missing and a good backup was refused).
    const lines = createInterface({
      input: createReadStream(file),
      crlfDelay: Number.POSITIVE_INFINITY,
    });
    let header: Header | null = null;
    let batch: { table: TableName; rows: Record<string, unknown>[] } | null = null;
    const flush = async () => {
      if (batch && batch.rows.length > 0) {
        const insert = tx.insertInto(batch.table).values(batch.rows as never);
        await (batch.table === 'users'
          ? insert.onConflict((oc) => oc.doNothing())
          : insert
        ).execute();
      }
      batch = null;
    };
    let lineNo = 0;
    for await (const line of lines) {
      lineNo++;
      if (!line.trim()) continue;
      const parsed = parseLine(line, lineNo);
      if (!header) {
        header = checkHeader(parsed);
        continue;
      }
      const { t, r } = parsed as { t: TableName; r: Record<string, unknown> };
      if (!TABLES.includes(t))
        throw new RestoreError(`不明な表 ${String(t)}（${lineNo}行目）/ unknown table`);
      if (batch && (batch.table !== t || batch.rows.length >= 100)) await flush();
      batch ??= { table: t, rows: [] };
      batch.rows.push(decodeRow(r));
      counts[t] = (counts[t] ?? 0) + 1;
    }
    await flush();
    if (!header) throw new RestoreError('バックアップが空です / the backup file is empty');
  });
  return counts;
}

function parseLine(line: string, lineNo: number): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw new RestoreError(
      `バックアップの${lineNo}行目が読めません / line ${lineNo} is not valid JSON`,
    );
  }
}

function checkHeader(value: unknown): Header {
  const h = value as Partial<Header> | null;
  if (h?.format !== BACKUP_FORMAT || h.version !== 1) {
    throw new RestoreError(
      'Renraku のバックアップファイルではありません / not a Renraku backup file',
    );
  }
  return h as Header;
}

function encodeRow(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    out[k] = v instanceof Uint8Array ? { $bytes: Buffer.from(v).toString('base64') } : v;
  }
  return out;
}

function decodeRow(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    const bytes = (v as { $bytes?: unknown } | null)?.$bytes;
    out[k] = typeof bytes === 'string' ? Buffer.from(bytes, 'base64') : v;
  }
  return out;
}
