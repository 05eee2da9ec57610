import { type ApplicationStatus, deriveStatus } from '../core/application/status.js';
import type {
  Application,
  ApplicationEvent,
  Company,
  ContactPerson,
} from '../core/domain/entities.js';
import { getApplication, listApplications } from '../storage/repos/applications.js';
import { getCompany, listCompanies, listContacts } from '../storage/repos/companies.js';
import { listEvents } from '../storage/repos/events.js';
import { type StoredPromise, listPromises } from '../storage/repos/promises.js';
import type { ServiceContext } from './context.js';
import { notFound } from './errors.js';

export interface ApplicationSummary {
  application: Application;
  company: Pick<Company, 'id' | 'name'>;
  status: ApplicationStatus;
  /** The latest promise, which is the one the wait is about. */
  promise: StoredPromise | null;
}

export interface ApplicationView extends ApplicationSummary {
  company: Company;
  contacts: ContactPerson[];
  events: ApplicationEvent[];
  promises: StoredPromise[];
}

export async function listApplicationSummaries(ctx: ServiceContext): Promise<ApplicationSummary[]> {
  const { db } = ctx.storage;
  const [applications, companies] = await Promise.all([
    listApplications(db, ctx.userId),
    listCompanies(db, ctx.userId),
  ]);
  const ids = applications.map((a) => a.id);
  const [events, promises] = await Promise.all([
    listEvents(db, ctx.userId, ids),
    listPromises(db, ctx.userId, ids),
  ]);
  const byCompany = new Map(companies.map((c) => [c.id, c]));
  const eventsOf = groupBy(events, (e) => e.applicationId);
  const promisesOf = groupBy(promises, (p) => p.applicationId);
  return applications.map((application) => {
    const company = byCompany.get(application.companyId);
    return {
      application,
      company: { id: application.companyId, name: company?.name ?? '' },
      status: deriveStatus(eventsOf.get(application.id) ?? []),
      promise: promisesOf.get(application.id)?.at(-1) ?? null,
    };
  });
}

export async function getApplicationView(
  ctx: ServiceContext,
  id: string,
): Promise<ApplicationView> {
  const { db } = ctx.storage;
  const application = await getApplication(db, ctx.userId, id);
  if (!application) throw notFound({ ja: '応募', en: 'application' });
  const company = await getCompany(db, ctx.userId, application.companyId);
  if (!company) throw notFound({ ja: '企業', en: 'company' });
  const [contacts, events, promises] = await Promise.all([
    listContacts(db, ctx.userId, company.id),
    listEvents(db, ctx.userId, [id]),
    listPromises(db, ctx.userId, [id]),
  ]);
  return {
    application,
    company,
    contacts,
    events,
    promises,
    status: deriveStatus(events),
    promise: promises.at(-1) ?? null,
  };
}

export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
