import type { PromiseReading, TodayInput } from '../../src/core/followup/index.js';
import { groupBy } from '../../src/services/applications.js';
import { calendarBinder } from '../../src/services/business-calendar.js';
import type { ServiceContext } from '../../src/services/context.js';
import { listApplications } from '../../src/storage/repos/applications.js';
import { listCompanies } from '../../src/storage/repos/companies.js';
import { listEventsOfUser } from '../../src/storage/repos/events.js';
import { listRecentMessageDates } from '../../src/storage/repos/messages.js';
import { listPromisesOfUser } from '../../src/storage/repos/promises.js';

/**
 * The today list's input read the straightforward way, as services/today.ts read it before it
 * was optimized: the reference the fast path is tested against (test/server/today-equivalence)
 * and measured against (bench/today-storage).
 */
/** The loader as it was: every column, SQL ordering, a fresh calendar binder per call. */
export async function straightforwardInput(ctx: ServiceContext): Promise<TodayInput> {
  const { db } = ctx.storage;
  const [applications, companies, events, promises, messageDates] = await Promise.all([
    listApplications(db, ctx.userId),
    listCompanies(db, ctx.userId),
    listEventsOfUser(db, ctx.userId),
    listPromisesOfUser(db, ctx.userId),
    listRecentMessageDates(db, ctx.userId),
  ]);
  const bind = calendarBinder();
  const byCompany = new Map(companies.map((c) => [c.id, c]));
  const eventsOf = groupBy(events, (e) => e.applicationId);
  const promisesOf = groupBy(promises, (p) => p.applicationId);
  const replyDeadlines: Record<string, string> = {};
  for (const m of messageDates) if (m.firstDate) replyDeadlines[m.id] = m.firstDate;
  return {
    applications: applications.flatMap((application) => {
      const company = byCompany.get(application.companyId);
      if (!company) return [];
      return [
        {
          application,
          company,
          events: eventsOf.get(application.id) ?? [],
          promises: (promisesOf.get(application.id) ?? []).map((p) => {
            const reading = p.parsed as PromiseReading & { earlyDeadline?: string | null };
            return {
              id: p.id,
              eventId: p.eventId,
              text: p.text,
              t0: p.t0,
              reading: { ...reading, early: { deadline: reading.earlyDeadline ?? null } },
            };
          }),
          calendar: bind(company.calendar),
          replyDeadlines,
        },
      ];
    }),
  };
}
