import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, jaDate, weekdayOf } from './date-math.js';

describe('date math on ISO strings', () => {
  it('weekdays: 2026-11-20 Fri, 2026-11-23 Mon, 2027-01-01 Fri, 2028-02-29 Tue, 2000-03-01 Wed', () => {
    expect(
      ['2026-11-20', '2026-11-23', '2027-01-01', '2028-02-29', '2000-03-01'].map(weekdayOf),
    ).toEqual([5, 1, 5, 2, 3]);
  });
  it('agrees with Date for every day of 2026–2028', () => {
    for (let d = '2026-01-01'; d < '2029-01-01'; d = addDays(d, 1)) {
      expect(weekdayOf(d)).toBe(new Date(`${d}T00:00:00Z`).getUTCDay());
      expect(addDays(d, 1)).toBe(
        new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10),
      );
    }
  });
  it('crosses months and years: 11/27 + 7 = 12/04, 12/30 + 5 = 2027-01-04, 2028-02-28 + 1 = 02-29', () => {
    expect(addDays('2026-11-27', 7)).toBe('2026-12-04');
    expect(addDays('2026-12-30', 5)).toBe('2027-01-04');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-01', -1)).toBe('2026-11-30');
    expect(daysBetween('2026-11-20', '2026-11-28')).toBe(8);
    expect(jaDate('2026-11-30')).toBe('11/30(月)');
  });
});
