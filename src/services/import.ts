import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readEmlFolder, readMbox } from '../adapters/mail/index.js';
import { getSetting, setSetting } from '../storage/repos/settings.js';
import { inTransaction } from '../storage/scope.js';
import type { ServiceContext } from './context.js';
import {
  type IngestKnowledge,
  ingestMessage,
  loadIngestKnowledge,
  type MailPorts,
} from './messages.js';

export interface ImportSummary {
  read: number;
  imported: number;
  duplicates: number;
  unreadable: number;
  linked: number;
  /** Set when the import picked up where a killed run stopped. */
  resumedAt?: number;
  /** The first unreadable messages and why (at most PROBLEMS_SHOWN), for the summary screen. */
  problems: UnreadableNote[];
}

export interface UnreadableNote {
  /** 1-based position in the file (or folder listing). */
  number: number;
  /** The stored message, kept with its raw bytes. */
  messageId: string;
  reason: string;
}

const PROBLEMS_SHOWN = 20;

export interface ImportOptions {
  onProgress?: (summary: ImportSummary, bytes: { done: number; total: number }) => void;
  /** Messages per transaction: one commit (one fsync) per batch, not per message. */
  batchSize?: number;
  /** How each unit of work reaches the database (default: ctx as is); see RunScoped. */
  scoped?: RunScoped | undefined;
}

/**
 * Runs one unit of work (a batch and its checkpoint) with a context whose storage shows the
 * user's data. A job that outlives its request cannot use the request's scope, which ended with
 * it; in server mode it opens a user scope of its own for each unit (withUserScope).
 */
export type RunScoped = <T>(fn: (ctx: ServiceContext) => Promise<T>) => Promise<T>;

interface Checkpoint {
  size: number;
  offset: number;
  index: number;
}

/**
 * Imports an .mbox file, a folder of .eml files, or one .eml. Each batch is one transaction, and
 * an .mbox import records where it stands after every batch, so a run that was killed resumes
 * at the last committed message. A message that cannot be read is kept as unreadable; it never
 * stops the import. Re-importing stores nothing twice.
 */
export async function importPath(
  ctx: ServiceContext,
  ports: MailPorts,
  path: string,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const full = resolve(path);
  const info = await stat(full);
  const summary: ImportSummary = {
    read: 0,
    imported: 0,
    duplicates: 0,
    unreadable: 0,
    linked: 0,
    problems: [],
  };
  const scoped: RunScoped = options.scoped ?? ((fn) => fn(ctx));
  const key = `import:${full}`;
  const { known, checkpoint } = await scoped(async (c) => ({
    known: await loadIngestKnowledge(c),
    checkpoint: info.isDirectory()
      ? null
      : await getSetting<Checkpoint>(c.storage.db, c.userId, key),
  }));
  const batchSize = options.batchSize ?? 200;
  if (info.isDirectory()) {
    let batch: Uint8Array[] = [];
    for await (const file of readEmlFolder(full)) {
      batch.push(file.raw);
      if (batch.length >= batchSize) {
        await ingestBatch(scoped, ports, batch, 'eml', known, summary);
        batch = [];
        options.onProgress?.(summary, { done: summary.read, total: 0 });
      }
    }
    await ingestBatch(scoped, ports, batch, 'eml', known, summary);
    return summary;
  }
  // A checkpoint holds only for the same file grown no smaller (an mbox is appended to).
  const start = checkpoint && checkpoint.size <= info.size ? checkpoint : null;
  if (start) summary.resumedAt = start.index;
  let batch: Uint8Array[] = [];
  let next = { offset: start?.offset ?? 0, index: start?.index ?? 0 };
  const flush = async () => {
    await ingestBatch(scoped, ports, batch, 'mbox', known, summary, async (tx) => {
      await setSetting(tx.storage.db, tx.userId, key, { size: info.size, ...next });
    });
    batch = [];
    options.onProgress?.(summary, { done: next.offset, total: info.size });
  };
  for await (const message of readMbox(full, {
    startOffset: next.offset,
    startIndex: next.index,
  })) {
    if (batch.length >= batchSize) {
      next = { offset: message.offset, index: message.index };
      await flush();
    }
    batch.push(message.raw);
  }
  next = { offset: info.size, index: next.index + batch.length };
  await flush();
  // Done: forget the checkpoint, so running it again reads it all and finds only duplicates.
  await scoped((c) => setSetting(c.storage.db, c.userId, key, null));
  return summary;
}

async function ingestBatch(
  scoped: RunScoped,
  ports: MailPorts,
  raws: readonly Uint8Array[],
  source: 'eml' | 'mbox',
  known: IngestKnowledge,
  summary: ImportSummary,
  withinCommit?: (tx: ServiceContext) => Promise<void>,
) {
  if (raws.length === 0 && !withinCommit) return;
  const counts = { read: 0, imported: 0, duplicates: 0, unreadable: 0, linked: 0 };
  const problems: UnreadableNote[] = [];
  await scoped((ctx) =>
    inTransaction(ctx.storage.db, async (db) => {
      const tx: ServiceContext = { ...ctx, storage: { ...ctx.storage, db } };
      for (const raw of raws) {
        const result = await ingestMessage(tx, ports, raw, source, known);
        counts.read++;
        if (result.status === 'duplicate') counts.duplicates++;
        else if (result.status === 'unreadable') {
          counts.unreadable++;
          problems.push({
            number: (summary.resumedAt ?? 0) + summary.read + counts.read,
            messageId: result.message.id,
            reason: result.message.problem ?? '',
          });
        } else {
          counts.imported++;
          if (result.message.applicationId || result.message.extracted.companyId) counts.linked++;
        }
      }
      await withinCommit?.(tx);
    }),
  );
  // Counted only once committed: what the summary reports is on disk.
  summary.read += counts.read;
  summary.imported += counts.imported;
  summary.duplicates += counts.duplicates;
  summary.unreadable += counts.unreadable;
  summary.linked += counts.linked;
  summary.problems.push(...problems.slice(0, PROBLEMS_SHOWN - summary.problems.length));
}
