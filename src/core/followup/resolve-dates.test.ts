import { describe, expect, it } from 'vitest';
import { resolveDates } from './resolve-dates.js';
import { createTestCalendar } from './testing/test-calendar.js';
import type { PromiseReading } from './types.js';

const cal = createTestCalendar();
const only = (deadline: string | null, passOnly = false): PromiseReading => ({
  kind: deadline ? 'weeks' : 'unspecified',
  passOnly,
  channel: null,
  ambiguous: false,
  deadline,
  earliestInquiry: null,
  recommendedInquiry: null,
  silentAfter: null,
});
const resolve = (t0: string, r: PromiseReading) =>
  resolveDates({ id: 'p', text: '…', t0, reading: r }, cal);

describe('resolveDates: the spec formulas when the reading leaves dates null', () => {
  const cases: {
    name: string;
    t0: string;
    reading: PromiseReading;
    expected: Record<string, string | null>;
  }[] = [
    {
      name: 'spec example: t0 Fri 11/20, deadline Fri 11/27 → 11/30, 11/30, 12/04',
      t0: '2026-11-20',
      reading: only('2026-11-27'),
      expected: {
        earliestInquiry: '2026-11-30',
        recommendedInquiry: '2026-11-30',
        silentAfter: '2026-12-04',
      },
    },
    {
      // 11/16 + 7 = Mon 11/23 勤労感謝の日 → the grammar rolls the deadline to Tue 11/24.
      name: 'deadline after a holiday: t0 Mon 11/16 → deadline Tue 11/24 → 11/25, 11/27, 12/01',
      t0: '2026-11-16',
      reading: only('2026-11-24'),
      expected: {
        earliestInquiry: '2026-11-25',
        recommendedInquiry: '2026-11-27',
        silentAfter: '2026-12-01',
      },
    },
    {
      name: 'year-end: t0 Wed 12/23, deadline Mon 2027-01-04 → 01/05, 01/07, 01/11',
      t0: '2026-12-23',
      reading: only('2027-01-04'),
      expected: {
        earliestInquiry: '2027-01-05',
        recommendedInquiry: '2027-01-07',
        silentAfter: '2027-01-11',
      },
    },
    {
      name: 'pass-only: no inquiry dates; silentAfter = deadline + 2 business days (Fri 11/27 → Tue 12/01)',
      t0: '2026-11-20',
      reading: only('2026-11-27', true),
      expected: { earliestInquiry: null, recommendedInquiry: null, silentAfter: '2026-12-01' },
    },
    {
      name: 'unspecified: t0+7 rolled, t0+10 rolled, t0+14',
      t0: '2026-11-20',
      reading: only(null),
      expected: {
        earliestInquiry: '2026-11-27',
        recommendedInquiry: '2026-11-30',
        silentAfter: '2026-12-04',
      },
    },
    {
      name: 'unspecified pass-only: t0 + 14',
      t0: '2026-11-20',
      reading: only(null, true),
      expected: { earliestInquiry: null, recommendedInquiry: null, silentAfter: '2026-12-04' },
    },
  ];
  for (const c of cases)
    it(c.name, () => expect(resolve(c.t0, c.reading)).toMatchObject(c.expected));
  it('the reading wins when it has the dates', () => {
    const r = {
      ...only('2026-11-27'),
      earliestInquiry: '2026-12-01',
      recommendedInquiry: '2026-12-02',
      silentAfter: '2026-12-09',
    };
    expect(resolve('2026-11-20', r)).toMatchObject({
      earliestInquiry: '2026-12-01',
      recommendedInquiry: '2026-12-02',
      silentAfter: '2026-12-09',
    });
  });
});
