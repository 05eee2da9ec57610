import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonthsClamped,
  dayNumberOf,
  daysInMonth,
  parseIso,
  toDayNumber,
  toIso,
  weekdayOf,
  ymdOf,
} from './civil-date.js';

describe('civil dates as integers', () => {
  it.each([
    ['1970-01-01', 0, 4], // a Thursday
    ['2026-11-20', 20777, 5], // the spec's Friday
    ['2026-11-23', 20780, 1], // 勤労感謝の日 is a Monday
    ['2000-02-29', 11016, 2],
  ])('%s is day %i, weekday %i', (iso, n, w) => {
    expect(toDayNumber(iso)).toBe(n);
    expect(toIso(n)).toBe(iso);
    expect(weekdayOf(n)).toBe(w);
  });

  it.each([['2026-02-29'], ['2026-13-01'], ['2026-11-31'], ['20261120'], ['']])(
    'rejects %s',
    (s) => {
      expect(parseIso(s)).toBeNull();
    },
  );

  it.each([
    ['2026-01-31', 1, '2026-02-28'], // February has no 31st: its last day
    ['2028-01-31', 1, '2028-02-29'], // leap year
    ['2026-11-20', 1, '2026-12-20'],
    ['2026-12-20', 1, '2027-01-20'],
  ])('%s + %i month → %s', (from, months, to) => {
    expect(toIso(addMonthsClamped(toDayNumber(from), months))).toBe(to);
  });

  it('agrees with Date.UTC for every day 1900–2100 (sampled)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 47482 }), (n) => {
        const date = new Date(n * 86_400_000);
        const { y, m, d } = ymdOf(n);
        expect([y, m, d]).toEqual([
          date.getUTCFullYear(),
          date.getUTCMonth() + 1,
          date.getUTCDate(),
        ]);
        expect(weekdayOf(n)).toBe(date.getUTCDay());
        expect(dayNumberOf(y, m, d)).toBe(n);
        expect(daysInMonth(y, m)).toBe(new Date(Date.UTC(y, m, 0)).getUTCDate());
      }),
    );
  });
});
