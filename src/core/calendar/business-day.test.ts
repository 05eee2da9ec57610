import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  closureReason,
  firstBusinessDayOfWeek,
  isBusinessDay,
  lastBusinessDayOfMonth,
  lastBusinessDayOfWeek,
  lastBusinessDayOfYear,
  nextBusinessDay,
  rollForward,
} from './business-day.js';
import { type CalendarConfig, DEFAULT_CALENDAR } from './calendar-config.js';
import { HOLIDAYS } from './holidays.js';
import { parseIso } from './civil-date.js';

const cal = (over: Partial<CalendarConfig>): CalendarConfig => ({ ...DEFAULT_CALENDAR, ...over });
const CLOSED_WED = cal({ closedWeekdays: [3] });
const OBON = cal({ obon: true });
const NO_YEAR_END = cal({ yearEnd: false });

describe('national holidays come from @holiday-jp/holiday_jp', () => {
  it.each([
    ['2026-11-23', '勤労感謝の日'], // a Monday
    ['2026-05-06', 'こどもの日 振替休日'], // 5/3 憲法記念日 fell on a Sunday
    ['2026-09-22', '休日'], // 国民の休日 between 敬老の日 (Mon 9/21) and 秋分の日 (Wed 9/23)
    ['2027-03-22', '春分の日 振替休日'], // 3/21 was a Sunday
  ])('%s is %s', (iso, name) => {
    expect(closureReason(iso)).toMatchObject({ code: 'holiday', ja: name });
  });

  it('holds about 16–17 holidays a year (no hand-typed list)', () => {
    const in2026 = [...HOLIDAYS.keys()].filter(
      (n) => n >= parseIso('2026-01-01')! && n <= parseIso('2026-12-31')!,
    );
    expect(in2026.length).toBe(18);
  });
});

describe('isBusinessDay', () => {
  it.each([
    ['2026-11-20', DEFAULT_CALENDAR, true], // a Friday
    ['2026-11-21', DEFAULT_CALENDAR, false], // a Saturday
    ['2026-11-22', DEFAULT_CALENDAR, false], // a Sunday
    ['2026-11-23', DEFAULT_CALENDAR, false], // 勤労感謝の日
    ['2026-12-28', DEFAULT_CALENDAR, true], // Monday before the closure
    ['2026-12-29', DEFAULT_CALENDAR, false], // 年末年始
    ['2027-01-04', DEFAULT_CALENDAR, true], // first day after it
    ['2026-12-30', NO_YEAR_END, true], // a Wednesday, closure off
    ['2026-08-13', DEFAULT_CALENDAR, true], // お盆 off by default (a Thursday)
    ['2026-08-13', OBON, false],
    ['2026-08-17', OBON, true], // Monday after お盆
    ['2026-11-25', CLOSED_WED, false], // a Wednesday
    ['2026-12-01', cal({ closedDates: ['2026-12-01'] }), false],
  ])('%s → %s', (iso, calendar, expected) => {
    expect(isBusinessDay(iso, calendar)).toBe(expected);
  });
});

describe('nextBusinessDay / rollForward / addBusinessDays (spec definitions)', () => {
  it.each([
    ['2026-11-20', '2026-11-24'], // Sat, Sun, 勤労感謝の日 skipped
    ['2026-11-24', '2026-11-25'],
    ['2026-12-28', '2027-01-04'], // 年末年始
    ['2026-05-01', '2026-05-07'], // Golden Week: 5/2–5/6 closed
    ['2026-09-18', '2026-09-24'], // Silver Week: 9/19–9/23 closed
  ])('nextBusinessDay(%s) = %s', (d, next) => {
    expect(nextBusinessDay(d)).toBe(next);
  });

  it.each([
    ['2026-11-24', '2026-11-24'], // already a business day
    ['2026-11-23', '2026-11-24'],
    ['2026-12-30', '2027-01-04'],
  ])('rollForward(%s) = %s', (d, r) => {
    expect(rollForward(d)).toBe(r);
  });

  it.each([
    ['2026-11-20', 0, '2026-11-20'],
    ['2026-11-20', 1, '2026-11-24'],
    ['2026-11-20', 3, '2026-11-26'], // spec example 2
    ['2026-11-21', 1, '2026-11-24'], // d itself never counts, closed or not
    ['2026-12-25', 2, '2027-01-04'], // 1st 12/28 (Mon), 2nd 1/4 after 年末年始
    ['2026-12-25', 3, '2027-01-05'],
  ])('addBusinessDays(%s, %i) = %s', (d, n, r) => {
    expect(addBusinessDays(d, n)).toBe(r);
  });

  it('skips a closed weekday', () => {
    // Tue 11/24 → Thu 11/26 (Wednesday closed)
    expect(nextBusinessDay('2026-11-24', CLOSED_WED)).toBe('2026-11-26');
  });
});

describe('period edges', () => {
  it.each([
    ['2026-11-18', '2026-11-20', '2026-11-16'],
    ['2026-11-24', '2026-11-27', '2026-11-24'], // Mon 11/23 is a holiday
    ['2026-05-05', '2026-05-08', '2026-05-07'], // GW week: Mon–Wed holidays
    ['2026-12-30', '2026-12-28', '2026-12-28'], // year-end week: only Monday works
  ])('week of %s: last %s, first %s', (d, last, first) => {
    expect(lastBusinessDayOfWeek(d)).toBe(last);
    expect(firstBusinessDayOfWeek(d)).toBe(first);
  });

  it.each([
    [2026, 11, DEFAULT_CALENDAR, '2026-11-30'],
    [2027, 2, DEFAULT_CALENDAR, '2027-02-26'], // 2/27–28 weekend
    [2026, 12, DEFAULT_CALENDAR, '2026-12-28'],
    [2026, 12, NO_YEAR_END, '2026-12-31'],
  ])('last business day of %i-%i', (y, m, c, r) => {
    expect(lastBusinessDayOfMonth(y, m, c)).toBe(r);
  });

  it('年内 ends on 12/28 with the closure', () => {
    expect(lastBusinessDayOfYear(2026)).toBe('2026-12-28');
  });

  it('a week with no business day gives null', () => {
    const allClosed = cal({ closedWeekdays: [1, 2, 3, 4, 5] });
    expect(lastBusinessDayOfWeek('2026-11-18', allClosed)).toBeNull();
    expect(() => nextBusinessDay('2026-11-18', allClosed)).toThrow(RangeError);
  });
});

describe('closureReason explains a closed day', () => {
  it.each([
    ['2026-11-28', DEFAULT_CALENDAR, 'weekend', '土曜日'],
    ['2027-01-01', DEFAULT_CALENDAR, 'holiday', '元日'],
    ['2026-12-30', DEFAULT_CALENDAR, 'year_end', '年末年始休業'],
    ['2026-08-14', OBON, 'obon', 'お盆休業'],
    ['2026-11-25', CLOSED_WED, 'closed_weekday', '定休日（水曜日）'],
    ['2026-12-01', cal({ closedDates: ['2026-12-01'] }), 'closed_date', '休業日'],
  ])('%s: %s', (iso, c, code, ja) => {
    expect(closureReason(iso, c)).toMatchObject({ code, ja });
  });

  it('is null on a business day', () => {
    expect(closureReason('2026-11-24')).toBeNull();
  });
});
