import type { Company } from '../core/domain/entities.js';

/** Free-mail and job-site senders say nothing about which company wrote (spec/messages.md, Linking). */
const SHARED_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'yahoo.co.jp',
  'ymail.ne.jp',
  'outlook.com',
  'outlook.jp',
  'hotmail.com',
  'hotmail.co.jp',
  'icloud.com',
  'me.com',
  'docomo.ne.jp',
  'ezweb.ne.jp',
  'au.com',
  'softbank.ne.jp',
]);

export interface LinkResult {
  company: Company | null;
  by: 'domain' | 'name' | null;
}

export function senderDomain(address: string | null | undefined): string | null {
  const domain = address?.split('@')[1]?.trim().toLowerCase();
  return domain && !SHARED_DOMAINS.has(domain) ? domain : null;
}

/** The legal-form words around a company name, which mail writes in many ways (㈱, (株), 株式会社). */
const LEGAL_FORM =
  /株式会社|有限会社|合同会社|一般社団法人|公益財団法人|\(株\)|（株）|㈱|\(有\)|（有）|㈲/g;

export function coreName(name: string): string {
  return name.normalize('NFKC').replace(LEGAL_FORM, '').replace(/\s+/g, '');
}

/** Core names by company object: an import asks for the same companies' names for every message. */
const CORE_NAMES = new WeakMap<Company, { name: string; core: string }>();

function coreNameOf(company: Company): string {
  const known = CORE_NAMES.get(company);
  if (known?.name === company.name) return known.core;
  const core = coreName(company.name);
  CORE_NAMES.set(company, { name: company.name, core });
  return core;
}

/**
 * Matches a message to a company: by sender domain (exact, or a subdomain of a known one),
 * else by the company's name in the subject, body or signature. The longest name wins so
 * that 「サンプル」 does not take mail for 「サンプル不動産」.
 */
export function linkCompany(
  companies: readonly Company[],
  from: string | null,
  text: string,
): LinkResult {
  const domain = senderDomain(from);
  if (domain) {
    const byDomain = companies.find((c) =>
      c.domains.some((d) => domain === d.toLowerCase() || domain.endsWith(`.${d.toLowerCase()}`)),
    );
    if (byDomain) return { company: byDomain, by: 'domain' };
  }
  // An import links every message: with no company there is nothing to look for.
  if (companies.length === 0) return { company: null, by: null };
  const haystack = text.normalize('NFKC').replace(/\s+/g, '');
  const byName = companies
    .map((c) => ({ c, name: coreNameOf(c) }))
    .filter(({ name }) => name.length >= 2 && haystack.includes(name))
    .sort((a, b) => b.name.length - a.name.length || a.c.id.localeCompare(b.c.id))[0];
  return byName ? { company: byName.c, by: 'name' } : { company: null, by: null };
}
