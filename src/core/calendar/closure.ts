import type { CalendarConfig } from './calendar-config.js';
import { type DayNumber, parseIso, weekdayOf, ymdOf } from './civil-date.js';
import { HOLIDAYS } from './holidays.js';

/** Why a day is not a business day, for explanations ("11月28日（土）は土曜日"). */
export type ClosureCode =
  | 'holiday'
  | 'weekend'
  | 'year_end'
  | 'obon'
  | 'closed_weekday'
  | 'closed_date';

export interface Closure {
  code: ClosureCode;
  ja: string;
  en: string;
}

export const WEEKDAY_JA = ['日', '月', '火', '水', '木', '金', '土'] as const;
export const WEEKDAY_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const WEEKDAY_EN_LONG = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

/**
 * The company's closures compiled once: a weekday bitmask and a Set of day numbers, so the
 * per-day test is a few integer operations (spec/promises.md, "The business calendar"; 002).
 */
export interface CompiledCalendar {
  readonly closedWeekdayMask: number;
  readonly closedDates: ReadonlySet<DayNumber>;
  readonly obon: boolean;
  readonly yearEnd: boolean;
}

export function compileCalendar(config: CalendarConfig): CompiledCalendar {
  let mask = (1 << 0) | (1 << 6);
  for (const w of config.closedWeekdays) if (w >= 0 && w <= 6) mask |= 1 << w;
  const dates = new Set<DayNumber>();
  for (const iso of config.closedDates) {
    const n = parseIso(iso);
    if (n !== null) dates.add(n);
  }
  return {
    closedWeekdayMask: mask,
    closedDates: dates,
    obon: config.obon,
    yearEnd: config.yearEnd,
  };
}

/** Fast path used in loops: true when the company works on day n. */
export function isOpen(cal: CompiledCalendar, n: DayNumber): boolean {
  if (cal.closedWeekdayMask & (1 << weekdayOf(n))) return false;
  if (HOLIDAYS.has(n) || cal.closedDates.has(n)) return false;
  if (!cal.yearEnd && !cal.obon) return true;
  const { m, d } = ymdOf(n);
  if (cal.yearEnd && ((m === 12 && d >= 29) || (m === 1 && d <= 3))) return false;
  if (cal.obon && m === 8 && d >= 13 && d <= 16) return false;
  return true;
}

/** The reason day n is closed, or null when it is a business day. Holidays name first. */
export function closureOf(cal: CompiledCalendar, n: DayNumber): Closure | null {
  const holiday = HOLIDAYS.get(n);
  if (holiday) return { code: 'holiday', ja: holiday.ja, en: holiday.en };
  const w = weekdayOf(n);
  if (w === 0 || w === 6) {
    return { code: 'weekend', ja: `${WEEKDAY_JA[w]}曜日`, en: WEEKDAY_EN_LONG[w] ?? '' };
  }
  const { m, d } = ymdOf(n);
  if (cal.yearEnd && ((m === 12 && d >= 29) || (m === 1 && d <= 3))) {
    return { code: 'year_end', ja: '年末年始休業', en: 'year-end closure' };
  }
  if (cal.obon && m === 8 && d >= 13 && d <= 16) {
    return { code: 'obon', ja: 'お盆休業', en: 'Obon closure' };
  }
  if (cal.closedWeekdayMask & (1 << w)) {
    return {
      code: 'closed_weekday',
      ja: `定休日（${WEEKDAY_JA[w]}曜日）`,
      en: `closed on ${WEEKDAY_EN_LONG[w]}s`,
    };
  }
  if (cal.closedDates.has(n)) return { code: 'closed_date', ja: '休業日', en: 'closed date' };
  return null;
}
