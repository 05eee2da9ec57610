import type { Kysely, Selectable } from 'kysely';
import { DEFAULT_BUSINESS_HOURS, DEFAULT_CALENDAR } from '../../core/calendar/calendar-config.js';
import type { Company, ContactPerson, Route, SizeClass } from '../../core/domain/entities.js';
import { newId } from '../ids.js';
import { fromJson, toJson } from '../json.js';
import type { CompaniesTable, ContactsTable, Database } from '../schema.js';

export type NewCompany = Omit<Company, 'id' | 'domains' | 'calendar' | 'hours'> &
  Partial<Pick<Company, 'domains' | 'calendar' | 'hours'>>;

export function toCompany(row: Selectable<CompaniesTable>): Company {
  return {
    id: row.id,
    name: row.name,
    ...(row.industry ? { industry: row.industry } : {}),
    ...(row.size_class ? { sizeClass: row.size_class as SizeClass } : {}),
    ...(row.route ? { route: row.route as Route } : {}),
    domains: fromJson<string[]>(row.domains, []),
    calendar: { ...DEFAULT_CALENDAR, ...fromJson(row.calendar, {}) },
    hours: { ...DEFAULT_BUSINESS_HOURS, ...fromJson(row.hours, {}) },
  };
}

export async function createCompany(
  db: Kysely<Database>,
  userId: string,
  input: NewCompany,
  now: string,
): Promise<Company> {
  const id = newId();
  await db
    .insertInto('companies')
    .values({
      id,
      user_id: userId,
      name: input.name,
      industry: input.industry ?? null,
      size_class: input.sizeClass ?? null,
      route: input.route ?? null,
      domains: toJson(input.domains ?? []),
      calendar: toJson(input.calendar ?? DEFAULT_CALENDAR),
      hours: toJson(input.hours ?? DEFAULT_BUSINESS_HOURS),
      created_at: now,
    })
    .execute();
  return (await getCompany(db, userId, id))!;
}

export async function updateCompany(
  db: Kysely<Database>,
  userId: string,
  id: string,
  input: NewCompany,
): Promise<Company | null> {
  const result = await db
    .updateTable('companies')
    .set({
      name: input.name,
      industry: input.industry ?? null,
      size_class: input.sizeClass ?? null,
      route: input.route ?? null,
      ...(input.domains ? { domains: toJson(input.domains) } : {}),
      ...(input.calendar ? { calendar: toJson(input.calendar) } : {}),
      ...(input.hours ? { hours: toJson(input.hours) } : {}),
    })
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n ? getCompany(db, userId, id) : null;
}

export async function getCompany(db: Kysely<Database>, userId: string, id: string) {
  const row = await db
    .selectFrom('companies')
    .selectAll()
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toCompany(row) : null;
}

export async function findCompanyByName(db: Kysely<Database>, userId: string, name: string) {
  const row = await db
    .selectFrom('companies')
    .selectAll()
    .where('user_id', '=', userId)
    .where('name', '=', name.trim())
    .executeTakeFirst();
  return row ? toCompany(row) : null;
}

export async function listCompanies(db: Kysely<Database>, userId: string): Promise<Company[]> {
  const rows = await db
    .selectFrom('companies')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.map(toCompany);
}

export function toContact(row: Selectable<ContactsTable>): ContactPerson {
  return {
    id: row.id,
    companyId: row.company_id,
    name: row.name,
    ...(row.department ? { department: row.department } : {}),
    ...(row.email ? { email: row.email } : {}),
    ...(row.phone ? { phone: row.phone } : {}),
  };
}

export async function addContact(
  db: Kysely<Database>,
  userId: string,
  input: Omit<ContactPerson, 'id'>,
  now: string,
): Promise<ContactPerson> {
  const id = newId();
  await db
    .insertInto('contacts')
    .values({
      id,
      user_id: userId,
      company_id: input.companyId,
      name: input.name,
      department: input.department ?? null,
      email: input.email ?? null,
      phone: input.phone ?? null,
      created_at: now,
    })
    .execute();
  return { ...input, id };
}

export async function listContacts(db: Kysely<Database>, userId: string, companyId: string) {
  const rows = await db
    .selectFrom('contacts')
    .selectAll()
    .where('user_id', '=', userId)
    .where('company_id', '=', companyId)
    .orderBy('id')
    .execute();
  return rows.map(toContact);
}

/**
 * The user's companies by id, for the follow-up policy. Most companies share the default
 * calendar and hours, so each distinct JSON text is parsed once and its value shared (read-only).
 */
export async function listCompaniesById(
  db: Kysely<Database>,
  userId: string,
): Promise<Map<string, Company>> {
  return companiesById(
    await db.selectFrom('companies').selectAll().where('user_id', '=', userId).execute(),
  );
}

export type CompanyRow = Omit<Selectable<CompaniesTable>, 'user_id' | 'created_at'>;

/** Company rows → by id; each distinct JSON text parsed once, its value shared (read-only). */
export function companiesById(rows: readonly CompanyRow[]): Map<string, Company> {
  const parsed = new Map<string, unknown>();
  const once = <T>(column: string, text: string, read: (value: unknown) => T): T => {
    const key = `${column}:${text}`;
    let value = parsed.get(key);
    if (value === undefined) {
      value = read(fromJson<unknown>(text, null));
      parsed.set(key, value);
    }
    return value as T;
  };
  const companies = new Map<string, Company>();
  for (const row of rows) {
    companies.set(row.id, {
      id: row.id,
      name: row.name,
      ...(row.industry ? { industry: row.industry } : {}),
      ...(row.size_class ? { sizeClass: row.size_class as SizeClass } : {}),
      ...(row.route ? { route: row.route as Route } : {}),
      domains: [...once('domains', row.domains, (v) => (v ?? []) as string[])],
      calendar: once('calendar', row.calendar, (v) => ({ ...DEFAULT_CALENDAR, ...(v ?? {}) })),
      hours: once('hours', row.hours, (v) => ({ ...DEFAULT_BUSINESS_HOURS, ...(v ?? {}) })),
    });
  }
  return companies;
}
