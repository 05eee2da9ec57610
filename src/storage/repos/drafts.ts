import type { Kysely, Selectable } from 'kysely';
import { newId } from '../ids.js';
import { fromJson, toJson } from '../json.js';
import type { Database, DraftsTable } from '../schema.js';

/** `sending`: claimed by one sender (claimScheduledDraft) and on its way to the SMTP server. */
export type DraftStatus = 'draft' | 'scheduled' | 'sending' | 'sent' | 'called';

export interface StoredDraft {
  id: string;
  applicationId: string;
  template: string;
  subject: string;
  body: string;
  findings: unknown[];
  status: DraftStatus;
  scheduledAt: string | null;
  sentAt: string | null;
  createdAt: string;
}

function toDraft(row: Selectable<DraftsTable>): StoredDraft {
  return {
    id: row.id,
    applicationId: row.application_id,
    template: row.template,
    subject: row.subject,
    body: row.body,
    findings: fromJson<unknown[]>(row.findings, []),
    status: row.status as DraftStatus,
    scheduledAt: row.scheduled_at,
    sentAt: row.sent_at,
    createdAt: row.created_at,
  };
}

export async function insertDraft(
  db: Kysely<Database>,
  userId: string,
  input: Pick<StoredDraft, 'applicationId' | 'template' | 'subject' | 'body' | 'findings'>,
  now: string,
): Promise<StoredDraft> {
  const id = newId();
  await db
    .insertInto('drafts')
    .values({
      id,
      user_id: userId,
      application_id: input.applicationId,
      template: input.template,
      subject: input.subject,
      body: input.body,
      findings: toJson(input.findings),
      status: 'draft',
      scheduled_at: null,
      sent_at: null,
      created_at: now,
    })
    .execute();
  return { ...input, id, status: 'draft', scheduledAt: null, sentAt: null, createdAt: now };
}

export async function getDraft(db: Kysely<Database>, userId: string, id: string) {
  const row = await db
    .selectFrom('drafts')
    .selectAll()
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toDraft(row) : null;
}

export async function setDraftStatus(
  db: Kysely<Database>,
  userId: string,
  id: string,
  patch: { status: DraftStatus; scheduledAt?: string | null; sentAt?: string | null },
) {
  await db
    .updateTable('drafts')
    .set({
      status: patch.status,
      ...(patch.scheduledAt !== undefined ? { scheduled_at: patch.scheduledAt } : {}),
      ...(patch.sentAt !== undefined ? { sent_at: patch.sentAt } : {}),
    })
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .execute();
}

/** Scheduled drafts whose time has come, oldest first (they survive a restart: they are rows). */
export async function listDueDrafts(db: Kysely<Database>, userId: string, now: string) {
  const rows = await db
    .selectFrom('drafts')
    .selectAll()
    .where('user_id', '=', userId)
    .where('status', '=', 'scheduled')
    .where('scheduled_at', '<=', now)
    .orderBy('scheduled_at')
    .orderBy('id')
    .execute();
  return rows.map(toDraft);
}

/**
 * Takes a scheduled draft for sending. The status check and the change are one statement, so of
 * two processes (or two ticks) that both saw the draft due, exactly one gets `true` and sends it.
 */
export async function claimScheduledDraft(
  db: Kysely<Database>,
  userId: string,
  id: string,
): Promise<boolean> {
  const row = await db
    .updateTable('drafts')
    .set({ status: 'sending' })
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .where('status', '=', 'scheduled')
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** The users with a scheduled draft due at `now` (background jobs, across users). */
export async function listUsersWithDueDrafts(db: Kysely<Database>, now: string) {
  const rows = await db
    .selectFrom('drafts')
    .select('user_id')
    .distinct()
    .where('status', '=', 'scheduled')
    .where('scheduled_at', '<=', now)
    .execute();
  return rows.map((r) => r.user_id);
}

/**
 * Puts drafts left in `sending` back to scheduled. Only for the embedded app at start: it is the
 * one process on its data directory, so a `sending` row then is what a crash mid-send left
 * behind (server mode sends inside a transaction, which a crash rolls back instead).
 */
export async function requeueInterruptedSends(db: Kysely<Database>, userId: string) {
  const rows = await db
    .updateTable('drafts')
    .set({ status: 'scheduled' })
    .where('user_id', '=', userId)
    .where('status', '=', 'sending')
    .returning('id')
    .execute();
  return rows.length;
}
