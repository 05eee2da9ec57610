import type { IsoDate } from '../core/domain/dates.js';
import {
  applicationTimeline,
  computeToday,
  type PromiseInput,
  type PromiseReading,
  type TodayInput,
  type TodayResult,
} from '../core/followup/index.js';
import { listApplications } from '../storage/repos/applications.js';
import { listCompanies } from '../storage/repos/companies.js';
import { listEventsOfUser } from '../storage/repos/events.js';
import { listRecentMessageDates } from '../storage/repos/messages.js';
import { listPromisesOfUser } from '../storage/repos/promises.js';
import { groupBy } from './applications.js';
import { calendarBinder } from './business-calendar.js';
import type { ServiceContext } from './context.js';

/** Everything the follow-up policy needs about the user's applications, in four queries. */
export async function loadTodayInput(ctx: ServiceContext): Promise<TodayInput> {
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
  const replyDeadlines: Record<string, IsoDate> = {};
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
          promises: (promisesOf.get(application.id) ?? []).map(toPromiseInput),
          calendar: bind(company.calendar),
          replyDeadlines,
        },
      ];
    }),
  };
}

function toPromiseInput(p: {
  id: string;
  eventId: string;
  text: string;
  t0: string;
  parsed: unknown;
}): PromiseInput {
  const reading = p.parsed as PromiseReading & { earlyDeadline?: string | null };
  return {
    id: p.id,
    eventId: p.eventId,
    text: p.text,
    t0: p.t0,
    reading: { ...reading, early: { deadline: reading.earlyDeadline ?? null } },
  };
}

export async function today(ctx: ServiceContext, date: IsoDate): Promise<TodayResult> {
  return computeToday(await loadTodayInput(ctx), date);
}

/** One application's open actions and the picture of its wait, on `date`. */
export async function applicationFollowup(
  ctx: ServiceContext,
  applicationId: string,
  date: IsoDate,
) {
  const input = await loadTodayInput(ctx);
  const result = computeToday(input, date);
  const index = input.applications.findIndex((a) => a.application.id === applicationId);
  const app = input.applications[index];
  if (!app) return null;
  return {
    date,
    actions: result.actions[index] ?? [],
    timeline: applicationTimeline({ ...app, today: date }),
  };
}
