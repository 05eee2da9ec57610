import { mondayOf } from '../calendar/business-day.js';
import {
  type DayNumber,
  dayNumberOf,
  isValidYmd,
  weekdayOf,
  ymdOf,
} from '../calendar/civil-date.js';
import type { Bilingual, DateTarget } from './types.js';

export interface DateResolution {
  /** The date the words name, before rolling to a business day. */
  day: DayNumber;
  inconsistent: boolean;
  /** The date as written when its bracketed weekday disagrees (12/1 for "12月1日（水）"). */
  written: DayNumber | null;
}

/**
 * The calendar date a `date` piece names relative to t0 (spec "Dates without a year are the
 * next occurrence on or after t0 … A weekday alone is the next such weekday strictly after
 * t0"). A contradicting bracketed weekday ("12月1日（水）" when 12/1 is a Tuesday) adds the
 * nearest such weekday as a second reading, and the later one is used.
 */
export function resolveDate(t: DateTarget, t0: DayNumber): DateResolution | Bilingual {
  switch (t.type) {
    case 'relative':
      return { day: t0 + t.offset, inconsistent: false, written: null };
    case 'weekday':
      return { day: weekdayDay(t.weekday, t.weekOffset, t0), inconsistent: false, written: null };
    case 'month_day': {
      const day = monthDay(t.year, t.month, t.day, t0);
      if (typeof day !== 'number') return day;
      return withBracket(day, t.weekday);
    }
    case 'relative_month_day': {
      const { y, m } = ymdOf(t0);
      const index = y * 12 + (m - 1) + t.relative;
      const [yy, mm] = [Math.floor(index / 12), (index % 12) + 1];
      const day = monthDay(yy, mm, t.day, t0);
      if (typeof day !== 'number') return day;
      return withBracket(day, t.weekday);
    }
    case 'day_of_month': {
      const day = nextDayOfMonth(t.day, t0);
      return withBracket(day, t.weekday);
    }
  }
}

function weekdayDay(weekday: number, weekOffset: number | null, t0: DayNumber): DayNumber {
  const strictlyAfter = t0 + ((weekday - weekdayOf(t0) + 7) % 7 || 7);
  if (weekOffset === null) return strictlyAfter;
  const day = mondayOf(t0) + 7 * weekOffset + ((weekday + 6) % 7);
  // "今週の月曜" said on a Wednesday is already past: read it as the next one.
  return day < t0 ? strictlyAfter : day;
}

function monthDay(year: number | null, m: number, d: number, t0: DayNumber): DayNumber | Bilingual {
  const now = ymdOf(t0);
  if (year !== null) {
    if (!isValidYmd(year, m, d)) return invalid(`${year}年${m}月${d}日`);
    const day = dayNumberOf(year, m, d);
    if (day < t0) {
      return {
        ja: `${year}年${m}月${d}日は面接日より前です`,
        en: `${year}-${m}-${d} is before the interview`,
      };
    }
    return day;
  }
  // 2月29日: the next year that has one, within a leap cycle.
  for (let y = now.y; y <= now.y + 4; y++) {
    if (isValidYmd(y, m, d) && dayNumberOf(y, m, d) >= t0) return dayNumberOf(y, m, d);
  }
  return invalid(`${m}月${d}日`);
}

function nextDayOfMonth(d: number, t0: DayNumber): DayNumber {
  const { y, m } = ymdOf(t0);
  for (let i = 0; i < 12; i++) {
    const yy = y + Math.floor((m - 1 + i) / 12);
    const mm = ((m - 1 + i) % 12) + 1;
    if (isValidYmd(yy, mm, d) && dayNumberOf(yy, mm, d) >= t0) return dayNumberOf(yy, mm, d);
  }
  return t0;
}

function withBracket(day: DayNumber, weekday: number | null): DateResolution {
  if (weekday === null || weekdayOf(day) === weekday) {
    return { day, inconsistent: false, written: null };
  }
  let diff = (weekday - weekdayOf(day) + 7) % 7;
  if (diff > 3) diff -= 7;
  return { day: Math.max(day, day + diff), inconsistent: true, written: day };
}

function invalid(what: string): Bilingual {
  return { ja: `${what}という日付はありません`, en: `${what} is not a date` };
}
