import type { Kysely, Selectable } from 'kysely';
import type { ApplicationEvent } from '../../core/domain/entities.js';
import { newId } from '../ids.js';
import { fromJson, toJson } from '../json.js';
import type { Database, EventsTable } from '../schema.js';

export type NewEvent = Omit<ApplicationEvent, 'id' | 'recordedAt'>;

export function toEvent(row: Selectable<EventsTable>): ApplicationEvent {
  return {
    id: row.id,
    applicationId: row.application_id,
    type: row.type,
    occurredAt: row.occurred_at,
    recordedAt: row.recorded_at,
    data: fromJson(row.data, {}),
  } as ApplicationEvent;
}

/** Events are append-only (spec/domain.md, Decision): there is no update and no delete. */
export async function appendEvent(
  db: Kysely<Database>,
  userId: string,
  event: NewEvent,
  now: string,
): Promise<ApplicationEvent> {
  const id = newId();
  await db
    .insertInto('events')
    .values({
      id,
      user_id: userId,
      application_id: event.applicationId,
      type: event.type,
      occurred_at: event.occurredAt,
      recorded_at: now,
      data: toJson(event.data),
    })
    .execute();
  return { ...event, id, recordedAt: now } as ApplicationEvent;
}

/** The timeline in the order things happened; ties fall back to recording order (UUIDv7). */
export async function listEvents(
  db: Kysely<Database>,
  userId: string,
  applicationIds: readonly string[],
): Promise<ApplicationEvent[]> {
  if (applicationIds.length === 0) return [];
  const rows = await db
    .selectFrom('events')
    .selectAll()
    .where('user_id', '=', userId)
    .where('application_id', 'in', applicationIds)
    .orderBy('occurred_at')
    .orderBy('id')
    .execute();
  return rows.map(toEvent);
}

/** Every event of the user, in timeline order (the today list reads them all at once). */
export async function listEventsOfUser(db: Kysely<Database>, userId: string) {
  const rows = await db
    .selectFrom('events')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('occurred_at')
    .orderBy('id')
    .execute();
  return rows.map(toEvent);
}

/**
 * Every timeline of the user, by application, each in timeline order: the today list's read.
 * Sorting ~2,000 rows per application in memory is cheaper than SQLite's temporary b-tree over
 * the whole set, and the order is the same (occurred_at, then id, compared as code units).
 */
export async function listTimelinesOfUser(
  db: Kysely<Database>,
  userId: string,
): Promise<Map<string, ApplicationEvent[]>> {
  const rows = await db
    .selectFrom('events')
    .select(['id', 'application_id', 'type', 'occurred_at', 'recorded_at', 'data'])
    .where('user_id', '=', userId)
    .execute();
  return timelinesOf(rows);
}

export type TimelineRow = Pick<
  Selectable<EventsTable>,
  'id' | 'application_id' | 'type' | 'occurred_at' | 'recorded_at' | 'data'
>;

/** Event rows in any order → each application's timeline in timeline order. */
export function timelinesOf(rows: readonly TimelineRow[]): Map<string, ApplicationEvent[]> {
  const timelines = new Map<string, ApplicationEvent[]>();
  for (const row of rows) {
    const event = {
      id: row.id,
      applicationId: row.application_id,
      type: row.type,
      occurredAt: row.occurred_at,
      recordedAt: row.recorded_at,
      data: fromJson(row.data, {}),
    } as ApplicationEvent;
    const timeline = timelines.get(row.application_id);
    if (timeline) timeline.push(event);
    else timelines.set(row.application_id, [event]);
  }
  for (const timeline of timelines.values()) timeline.sort(byTimelineOrder);
  return timelines;
}

function byTimelineOrder(a: ApplicationEvent, b: ApplicationEvent): number {
  if (a.occurredAt !== b.occurredAt) return a.occurredAt < b.occurredAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
