import type { Company, ContactPerson, Profile } from '../core/domain/entities.js';
import {
  type NewCompany,
  addContact,
  createCompany,
  getCompany,
  listCompanies,
  listContacts,
  updateCompany,
} from '../storage/repos/companies.js';
import { getProfile, saveProfile } from '../storage/repos/profiles.js';
import { type ServiceContext, tokyoIso } from './context.js';
import { notFound } from './errors.js';

const COMPANY = { ja: '企業', en: 'company' };

export const companies = {
  list: (ctx: ServiceContext) => listCompanies(ctx.storage.db, ctx.userId),
  create: (ctx: ServiceContext, input: NewCompany) =>
    createCompany(ctx.storage.db, ctx.userId, input, tokyoIso(ctx.now())),
  async get(ctx: ServiceContext, id: string): Promise<Company & { contacts: ContactPerson[] }> {
    const company = await getCompany(ctx.storage.db, ctx.userId, id);
    if (!company) throw notFound(COMPANY);
    return { ...company, contacts: await listContacts(ctx.storage.db, ctx.userId, id) };
  },
  async update(ctx: ServiceContext, id: string, input: NewCompany): Promise<Company> {
    const company = await updateCompany(ctx.storage.db, ctx.userId, id, input);
    if (!company) throw notFound(COMPANY);
    return company;
  },
  async addContact(
    ctx: ServiceContext,
    companyId: string,
    input: Omit<ContactPerson, 'id' | 'companyId'>,
  ) {
    if (!(await getCompany(ctx.storage.db, ctx.userId, companyId))) throw notFound(COMPANY);
    return addContact(ctx.storage.db, ctx.userId, { ...input, companyId }, tokyoIso(ctx.now()));
  },
};

export const profiles = {
  get: (ctx: ServiceContext) => getProfile(ctx.storage.db, ctx.userId),
  save: (ctx: ServiceContext, profile: Profile) =>
    saveProfile(ctx.storage.db, ctx.userId, profile, tokyoIso(ctx.now())),
};
