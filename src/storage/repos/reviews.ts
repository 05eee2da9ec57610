import type { Kysely, Selectable } from 'kysely';
import type { ChecklistEntry } from '../../core/signals/offer-checklist.js';
import type { Reflection } from '../../core/signals/reflection.js';
import type { StatementTopic } from '../../core/signals/statements.js';
import type { Stage } from '../../core/domain/stage.js';
import { newId } from '../ids.js';
import { fromJson, toJson } from '../json.js';
import type { Database, ReviewsTable } from '../schema.js';

/** A statement as stored; the company comes from the application it belongs to. */
export interface StoredStatement {
  id: string;
  stage: Stage;
  topic: StatementTopic;
  text: string;
  firstChoice?: boolean;
  recordedAt: string;
}

/**
 * One review row per interview event (signs and the reflection on that interview), plus one row
 * per application with no event (statements, the offer checklist, a reflection after a
 * rejection). The existing JSON columns carry it all: `signs` is the ticked sign ids,
 * `statements` is { statements, offerChecklist }, `reflection` is a Reflection as JSON.
 */
export interface ReviewRecord {
  id: string;
  applicationId: string;
  eventId: string | null;
  signs: string[];
  reflection: Reflection | null;
  statements: StoredStatement[];
  offerChecklist: ChecklistEntry[] | null;
  createdAt: string;
}

interface StatementsColumn {
  statements?: StoredStatement[];
  offerChecklist?: ChecklistEntry[] | null;
}

function toReview(row: Selectable<ReviewsTable>): ReviewRecord {
  const column = fromJson<StatementsColumn>(row.statements, {});
  return {
    id: row.id,
    applicationId: row.application_id,
    eventId: row.event_id,
    signs: fromJson<string[]>(row.signs, []),
    reflection: fromJson<Reflection | null>(row.reflection, null),
    statements: column.statements ?? [],
    offerChecklist: column.offerChecklist ?? null,
    createdAt: row.created_at,
  };
}

export async function getReview(
  db: Kysely<Database>,
  userId: string,
  applicationId: string,
  eventId: string | null,
): Promise<ReviewRecord | null> {
  let query = db
    .selectFrom('reviews')
    .selectAll()
    .where('user_id', '=', userId)
    .where('application_id', '=', applicationId);
  query =
    eventId === null ? query.where('event_id', 'is', null) : query.where('event_id', '=', eventId);
  // Oldest first: should two rows ever exist for one key, the first one made is the one used.
  const row = await query.orderBy('id').executeTakeFirst();
  return row ? toReview(row) : null;
}

export type ReviewPatch = Partial<
  Pick<ReviewRecord, 'signs' | 'reflection' | 'statements' | 'offerChecklist'>
>;

/** Creates the review for (application, event) or changes the given parts of it. */
export async function saveReview(
  db: Kysely<Database>,
  userId: string,
  key: { applicationId: string; eventId: string | null },
  patch: ReviewPatch,
  now: string,
): Promise<ReviewRecord> {
  const existing = await getReview(db, userId, key.applicationId, key.eventId);
  const next: ReviewRecord = {
    id: existing?.id ?? newId(),
    applicationId: key.applicationId,
    eventId: key.eventId,
    signs: patch.signs ?? existing?.signs ?? [],
    reflection: patch.reflection !== undefined ? patch.reflection : (existing?.reflection ?? null),
    statements: patch.statements ?? existing?.statements ?? [],
    offerChecklist:
      patch.offerChecklist !== undefined
        ? patch.offerChecklist
        : (existing?.offerChecklist ?? null),
    createdAt: existing?.createdAt ?? now,
  };
  const values = {
    signs: toJson(next.signs),
    reflection: next.reflection ? toJson(next.reflection) : null,
    statements: toJson({ statements: next.statements, offerChecklist: next.offerChecklist }),
  };
  if (existing) {
    await db
      .updateTable('reviews')
      .set(values)
      .where('user_id', '=', userId)
      .where('id', '=', existing.id)
      .execute();
  } else {
    await db
      .insertInto('reviews')
      .values({
        id: next.id,
        user_id: userId,
        application_id: key.applicationId,
        event_id: key.eventId,
        created_at: now,
        ...values,
      })
      .execute();
  }
  return next;
}

/** Every review of the user, or of some applications, oldest first. */
export async function listReviews(
  db: Kysely<Database>,
  userId: string,
  applicationIds?: readonly string[],
): Promise<ReviewRecord[]> {
  if (applicationIds && applicationIds.length === 0) return [];
  let query = db.selectFrom('reviews').selectAll().where('user_id', '=', userId);
  if (applicationIds) query = query.where('application_id', 'in', applicationIds);
  const rows = await query.orderBy('created_at').orderBy('id').execute();
  return rows.map(toReview);
}
