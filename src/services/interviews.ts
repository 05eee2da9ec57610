import { tokyoDateOfString } from '../core/domain/dates.js';
import type { Application, ApplicationEvent, Company } from '../core/domain/entities.js';
import type { Stage } from '../core/domain/stage.js';
import {
  createApplication,
  getApplication,
  listApplications,
} from '../storage/repos/applications.js';
import { createCompany, findCompanyByName, getCompany } from '../storage/repos/companies.js';
import { appendEvent } from '../storage/repos/events.js';
import { type StoredPromise, savePromise } from '../storage/repos/promises.js';
import { inTransaction } from '../storage/scope.js';
import { type PromiseReading, type ServiceContext, tokyoIso } from './context.js';
import { ServiceError, notFound } from './errors.js';

export interface RecordInterviewInput {
  /** An existing application, or a company (by id or name) whose open application is used or made. */
  applicationId?: string | undefined;
  companyId?: string | undefined;
  companyName?: string | undefined;
  position?: string | undefined;
  stage: Stage;
  /** ISO date-time; without an offset it is read as Asia/Tokyo. */
  at: string;
  said?: string | undefined;
  interviewers?: string | undefined;
  plannedMinutes?: number | undefined;
  actualMinutes?: number | undefined;
  notes?: string | undefined;
}

export interface RecordedInterview {
  company: Company;
  application: Application;
  interview: ApplicationEvent;
  promise: (StoredPromise & { reading: PromiseReading }) | null;
}

/**
 * Records an interview and the words said about the result, creating the company and the
 * application when they are new, all in one transaction.
 */
export async function recordInterview(
  ctx: ServiceContext,
  input: RecordInterviewInput,
): Promise<RecordedInterview> {
  const at = normalizeDateTime(input.at);
  const t0 = tokyoDateOfString(at);
  if (!t0)
    throw new ServiceError(
      'INVALID',
      `日時が読めません: ${input.at}`,
      `cannot read date-time ${input.at}`,
    );
  const now = tokyoIso(ctx.now());
  return inTransaction(ctx.storage.db, async (db) => {
    const { company, application } = await resolveApplication(ctx, db, input, now);
    const interview = await appendEvent(
      db,
      ctx.userId,
      {
        applicationId: application.id,
        type: 'interview',
        occurredAt: at,
        data: {
          stage: input.stage,
          at,
          ...(input.interviewers ? { interviewers: input.interviewers } : {}),
          ...(input.plannedMinutes ? { plannedMinutes: input.plannedMinutes } : {}),
          ...(input.actualMinutes ? { actualMinutes: input.actualMinutes } : {}),
          ...(input.notes ? { notes: input.notes } : {}),
        },
      },
      now,
    );
    let promise: RecordedInterview['promise'] = null;
    const said = input.said?.trim();
    if (said) {
      const reading = ctx.readPromise(said, t0, company.calendar);
      const event = await appendEvent(
        db,
        ctx.userId,
        {
          applicationId: application.id,
          type: 'promise',
          occurredAt: at,
          data: { text: said, t0, interviewEventId: interview.id },
        },
        now,
      );
      const stored = await savePromise(
        db,
        ctx.userId,
        { applicationId: application.id, eventId: event.id, text: said, t0, parsed: reading },
        now,
      );
      promise = { ...stored, reading };
    }
    return { company, application, interview, promise };
  });
}

async function resolveApplication(
  ctx: ServiceContext,
  db: ServiceContext['storage']['db'],
  input: RecordInterviewInput,
  now: string,
): Promise<{ company: Company; application: Application }> {
  if (input.applicationId) {
    const application = await getApplication(db, ctx.userId, input.applicationId);
    if (!application) throw notFound({ ja: '応募', en: 'application' });
    const company = await getCompany(db, ctx.userId, application.companyId);
    if (!company) throw notFound({ ja: '企業', en: 'company' });
    return { company, application };
  }
  let company = input.companyId ? await getCompany(db, ctx.userId, input.companyId) : null;
  if (input.companyId && !company) throw notFound({ ja: '企業', en: 'company' });
  const name = input.companyName?.trim();
  if (!company && name) {
    company =
      (await findCompanyByName(db, ctx.userId, name)) ??
      (await createCompany(db, ctx.userId, { name }, now));
  }
  if (!company)
    throw new ServiceError('INVALID', '企業名を入力してください', 'a company is required');
  const existing = (await listApplications(db, ctx.userId, company.id)).find(
    (a) => !input.position || a.position === input.position,
  );
  const application =
    existing ??
    (await createApplication(
      db,
      ctx.userId,
      {
        companyId: company.id,
        ...(input.position ? { position: input.position } : {}),
        route: company.route ?? 'direct',
        priority: 'normal',
      },
      now,
    ));
  return { company, application };
}

/** '2026-11-20T14:00' and '2026-11-20 14:00' are Tokyo times; a bare date is taken as that day. */
export function normalizeDateTime(value: string): string {
  const v = value.trim().replace(' ', 'T');
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return `${v}T00:00:00+09:00`;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(v))
    return `${v.length === 16 ? `${v}:00` : v}+09:00`;
  return v;
}
