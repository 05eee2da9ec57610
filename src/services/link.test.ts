import { describe, expect, it } from 'vitest';
import { DEFAULT_BUSINESS_HOURS, DEFAULT_CALENDAR } from '../core/calendar/calendar-config.js';
import type { Company } from '../core/domain/entities.js';
import { coreName, linkCompany, senderDomain } from './link.js';

const company = (id: string, name: string, domains: string[] = []): Company => ({
  id,
  name,
  domains,
  calendar: DEFAULT_CALENDAR,
  hours: DEFAULT_BUSINESS_HOURS,
});

const COMPANIES = [
  company('c1', '株式会社サンプル', ['sample.co.jp']),
  company('c2', 'サンプル不動産株式会社'),
  company('c3', '㈱みなと商事'),
];

describe('linkCompany', () => {
  it.each([
    ['exact domain', 'saiyo@sample.co.jp', '', 'c1', 'domain'],
    ['subdomain', 'noreply@mail.sample.co.jp', '', 'c1', 'domain'],
    ['name in text, longest wins', 'x@other.jp', 'サンプル不動産株式会社 人事部', 'c2', 'name'],
    ['㈱ vs 株式会社', 'x@other.jp', '株式会社みなと商事 採用担当', 'c3', 'name'],
    ['full-width text', 'x@other.jp', '（株）ミナト商事', null, null],
    ['free mail says nothing', 'someone@gmail.com', '', null, null],
  ] as const)('%s', (_name, from, text, id, by) => {
    const result = linkCompany(COMPANIES, from, text);
    expect(result.company?.id ?? null).toBe(id);
    expect(result.by).toBe(by);
  });

  it('normalises names and ignores shared domains', () => {
    expect(coreName('株式会社 サンプル')).toBe('サンプル');
    expect(senderDomain('a@Gmail.com')).toBeNull();
    expect(senderDomain('a@Example.CO.JP')).toBe('example.co.jp');
  });
});
