import { type Kysely, sql } from 'kysely';
import type { Application } from '../../core/domain/entities.js';
import type { Database } from '../schema.js';
import { toApplication } from './applications.js';
import { type CompanyRow, companiesById } from './companies.js';
import { type TimelineRow, timelinesOf } from './events.js';
import { messageDatesOf } from './messages.js';
import { type PromiseDatesRow, promiseDatesOf } from './promises.js';

/**
 * What the today list reads of one user, from PostgreSQL in one round trip: the five reads of
 * services/today.ts (applications, companies, events, promises, linked messages' dates) as one
 * statement whose columns are JSON arrays of the same rows, with the same orders (json_agg …
 * order by). In server mode every request runs in its own transaction behind a pooled
 * connection, so four fewer round trips are four fewer waits per request under load.
 */
export async function readFollowupRowsPostgres(db: Kysely<Database>, userId: string) {
  const { rows } = await sql<{
    applications: Parameters<typeof toApplication>[0][];
    companies: CompanyRow[];
    events: TimelineRow[];
    promises: PromiseDatesRow[];
    messages: { id: string; extracted: string }[];
  }>`
    select
      (select coalesce(json_agg(a order by a.created_at desc, a.id desc), '[]')
         from applications a where a.user_id = ${userId}) as applications,
      (select coalesce(json_agg(c), '[]')
         from (select id, name, industry, size_class, route, domains, calendar, hours
                 from companies where user_id = ${userId}) c) as companies,
      (select coalesce(json_agg(e), '[]')
         from (select id, application_id, type, occurred_at, recorded_at, data
                 from events where user_id = ${userId}) e) as events,
      (select coalesce(json_agg(p order by p.t0, p.id), '[]')
         from (select id, application_id, event_id, text, t0, parsed
                 from promises where user_id = ${userId}) p) as promises,
      (select coalesce(json_agg(m), '[]')
         from (select id, extracted from messages
                where user_id = ${userId} and application_id is not null) m) as messages
  `.execute(db);
  const row = rows[0];
  if (!row) throw new Error('readFollowupRowsPostgres: no row');
  return {
    applications: row.applications.map(toApplication) as Application[],
    companies: companiesById(row.companies),
    timelines: timelinesOf(row.events),
    promises: promiseDatesOf(row.promises),
    messageDates: messageDatesOf(row.messages),
  };
}
