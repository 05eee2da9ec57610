import type { Kysely, Selectable } from 'kysely';
import { newId } from '../ids.js';
import { fromJson, toJson } from '../json.js';
import { prepared } from '../prepared.js';
import type { Database, MessagesTable } from '../schema.js';

export interface StoredMessage {
  id: string;
  applicationId: string | null;
  messageId: string | null;
  contentHash: string;
  source: string;
  subject: string | null;
  fromAddress: string | null;
  receivedAt: string | null;
  text: string | null;
  html: string | null;
  category: string | null;
  userCategory: string | null;
  confidence: number | null;
  extracted: Record<string, unknown>;
  unreadable: boolean;
  problem: string | null;
  createdAt: string;
}

export type NewMessage = Omit<StoredMessage, 'id' | 'createdAt' | 'userCategory'> & {
  raw: Uint8Array;
};

function toMessage(row: Omit<Selectable<MessagesTable>, 'raw'>): StoredMessage {
  return {
    id: row.id,
    applicationId: row.application_id,
    messageId: row.message_id,
    contentHash: row.content_hash,
    source: row.source,
    subject: row.subject,
    fromAddress: row.from_address,
    receivedAt: row.received_at,
    text: row.text,
    html: row.html,
    category: row.category,
    userCategory: row.user_category,
    confidence: row.confidence,
    extracted: fromJson<Record<string, unknown>>(row.extracted, {}),
    unreadable: row.unreadable === 1,
    problem: row.problem,
    createdAt: row.created_at,
  };
}

const COLUMNS = [
  'id',
  'user_id',
  'application_id',
  'message_id',
  'content_hash',
  'source',
  'subject',
  'from_address',
  'received_at',
  'text',
  'html',
  'category',
  'user_category',
  'confidence',
  'extracted',
  'unreadable',
  'problem',
  'created_at',
] as const;

/** The same message is stored once: same bytes, or the same Message-ID (spec/messages.md). */
export async function findDuplicate(
  db: Kysely<Database>,
  userId: string,
  contentHash: string,
  messageId: string | null,
): Promise<string | null> {
  // Two lookups, each on its own index: an OR of both scans the table on SQLite, which made a
  // large import quadratic. Both run once per imported message, so they are compiled once.
  const byHash = (await selectByHash(db, { userId, contentHash })).rows[0];
  if (byHash || !messageId) return byHash?.id ?? null;
  const byId = (await selectByMessageId(db, { userId, messageId })).rows[0];
  return byId?.id ?? null;
}

const selectByHash = prepared(['userId', 'contentHash'], (db, a) =>
  db
    .selectFrom('messages')
    .select('id')
    .where('user_id', '=', a.userId)
    .where('content_hash', '=', a.contentHash),
);

const selectByMessageId = prepared(['userId', 'messageId'], (db, a) =>
  db
    .selectFrom('messages')
    .select('id')
    .where('user_id', '=', a.userId)
    .where('message_id', '=', a.messageId),
);

/** The columns a new message row fills: every column but user_category (empty), and its bytes. */
type InsertColumn = Exclude<(typeof COLUMNS)[number], 'user_category'> | 'raw';
const INSERT_COLUMNS: readonly InsertColumn[] = [
  ...COLUMNS.filter((c): c is Exclude<typeof c, 'user_category'> => c !== 'user_category'),
  'raw',
];

const insertRow = prepared(INSERT_COLUMNS, (db, a) =>
  db.insertInto('messages').values({ ...a, user_category: null }),
);

export async function insertMessage(
  db: Kysely<Database>,
  userId: string,
  input: NewMessage,
  now: string,
): Promise<StoredMessage> {
  const id = newId();
  const row: Record<InsertColumn, unknown> = {
    id,
    user_id: userId,
    application_id: input.applicationId,
    message_id: input.messageId,
    content_hash: input.contentHash,
    raw: input.raw,
    source: input.source,
    subject: input.subject,
    from_address: input.fromAddress,
    received_at: input.receivedAt,
    text: input.text,
    html: input.html,
    category: input.category,
    confidence: input.confidence,
    extracted: toJson(input.extracted),
    unreadable: input.unreadable ? 1 : 0,
    problem: input.problem,
    created_at: now,
  };
  await insertRow(db, row);
  return { ...input, id, userCategory: null, createdAt: now };
}

export async function getMessage(db: Kysely<Database>, userId: string, id: string) {
  const row = await db
    .selectFrom('messages')
    .select(COLUMNS)
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toMessage(row) : null;
}

export async function getRawMessage(db: Kysely<Database>, userId: string, id: string) {
  const row = await db
    .selectFrom('messages')
    .select('raw')
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? Buffer.from(row.raw) : null;
}

export async function listMessages(db: Kysely<Database>, userId: string, limit = 200) {
  const rows = await db
    .selectFrom('messages')
    .select(COLUMNS)
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toMessage);
}

export async function updateMessageLink(
  db: Kysely<Database>,
  userId: string,
  id: string,
  patch: { applicationId?: string | null; userCategory?: string | null },
) {
  await db
    .updateTable('messages')
    .set({
      ...(patch.applicationId !== undefined ? { application_id: patch.applicationId } : {}),
      ...(patch.userCategory !== undefined ? { user_category: patch.userCategory } : {}),
    })
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .execute();
}

/** The first date each linked message mentions (its reply deadline), without the bodies. */
export async function listRecentMessageDates(db: Kysely<Database>, userId: string) {
  const rows = await db
    .selectFrom('messages')
    .select(['id', 'extracted'])
    .where('user_id', '=', userId)
    .where('application_id', 'is not', null)
    .execute();
  return rows.map((r) => {
    const dates = fromJson<{ dates?: string[] }>(r.extracted, {}).dates ?? [];
    return { id: r.id, firstDate: dates[0] ?? null };
  });
}

/** listRecentMessageDates for the given message ids only (one application's messages). */
export async function listMessageDates(
  db: Kysely<Database>,
  userId: string,
  ids: readonly string[],
): Promise<{ id: string; firstDate: string | null }[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('messages')
    .select(['id', 'extracted'])
    .where('user_id', '=', userId)
    .where('application_id', 'is not', null)
    .where('id', 'in', ids)
    .execute();
  return messageDatesOf(rows);
}

/** (id, extracted) rows → the first date each message mentions. */
export function messageDatesOf(rows: readonly { id: string; extracted: string }[]) {
  return rows.map((r) => {
    const dates = fromJson<{ dates?: string[] }>(r.extracted, {}).dates ?? [];
    return { id: r.id, firstDate: dates[0] ?? null };
  });
}
