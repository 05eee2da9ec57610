import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessDays, isBusinessDay, nextBusinessDay, rollForward } from './business-day.js';
import type { CalendarConfig } from './calendar-config.js';
import { addDays, toDayNumber, toIso } from './civil-date.js';

const FROM = toDayNumber('2020-01-01');
const TO = toDayNumber('2035-12-31');
const dateArb = fc.integer({ min: FROM, max: TO }).map(toIso);
const calendarArb: fc.Arbitrary<CalendarConfig> = fc.record({
  // At most four closed weekdays besides the weekend so a business day always exists.
  closedWeekdays: fc.uniqueArray(fc.integer({ min: 1, max: 5 }), { maxLength: 4 }),
  closedDates: fc.array(dateArb, { maxLength: 10 }),
  obon: fc.boolean(),
  yearEnd: fc.boolean(),
});

describe('calendar properties', () => {
  it('nextBusinessDay is the first business day strictly after d', () => {
    fc.assert(
      fc.property(dateArb, calendarArb, (d, cal) => {
        const next = nextBusinessDay(d, cal);
        expect(next > d).toBe(true);
        expect(isBusinessDay(next, cal)).toBe(true);
        for (let x = addDays(d, 1); x < next; x = addDays(x, 1)) {
          expect(isBusinessDay(x, cal)).toBe(false);
        }
      }),
    );
  });

  it('rollForward(d) is d on a business day, else nextBusinessDay(d)', () => {
    fc.assert(
      fc.property(dateArb, calendarArb, (d, cal) => {
        const r = rollForward(d, cal);
        expect(r).toBe(isBusinessDay(d, cal) ? d : nextBusinessDay(d, cal));
      }),
    );
  });

  it('addBusinessDays(d, n) applies nextBusinessDay n times', () => {
    fc.assert(
      fc.property(dateArb, calendarArb, fc.integer({ min: 0, max: 30 }), (d, cal, n) => {
        let x = d;
        for (let i = 0; i < n; i++) x = nextBusinessDay(x, cal);
        expect(addBusinessDays(d, n, cal)).toBe(x);
      }),
    );
  });

  it('weekends, 年末年始 (when on) and closed dates are never business days', () => {
    fc.assert(
      fc.property(dateArb, calendarArb, (d, cal) => {
        const w = new Date(`${d}T12:00:00Z`).getUTCDay();
        const md = d.slice(5);
        const closed =
          w === 0 ||
          w === 6 ||
          cal.closedWeekdays.includes(w) ||
          cal.closedDates.includes(d) ||
          (cal.yearEnd && (md >= '12-29' || md <= '01-03')) ||
          (cal.obon && md >= '08-13' && md <= '08-16');
        if (closed) expect(isBusinessDay(d, cal)).toBe(false);
      }),
    );
  });
});
