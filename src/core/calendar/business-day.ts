import type { IsoDate } from '../domain/dates.js';
import { type CalendarConfig, DEFAULT_CALENDAR } from './calendar-config.js';
import {
  type DayNumber,
  dayNumberOf,
  daysInMonth,
  toDayNumber,
  toIso,
  weekdayOf,
} from './civil-date.js';
import {
  type Closure,
  type CompiledCalendar,
  closureOf,
  compileCalendar,
  isOpen,
} from './closure.js';

/**
 * A search for a business day gives up after this many days. 366 covers any real calendar
 * (the longest closure, 年末年始 with a weekend on each side, is about 9 days); only a
 * company closed on all seven weekdays exhausts it.
 */
export const MAX_SEARCH_DAYS = 366;

export class NoBusinessDayError extends RangeError {
  constructor(from: DayNumber) {
    super(`no business day within ${MAX_SEARCH_DAYS} days of ${toIso(from)}`);
  }
}

const compiled = new WeakMap<CalendarConfig, CompiledCalendar>();

/** Compiles a config once per object identity (the same company calendar is reused). */
export function compiledFor(config: CalendarConfig): CompiledCalendar {
  let c = compiled.get(config);
  if (!c) {
    c = compileCalendar(config);
    compiled.set(config, c);
  }
  return c;
}

// ---- Day-number core (used by the promise grammar in its hot loop) ----

export function nextOpen(cal: CompiledCalendar, n: DayNumber): DayNumber {
  for (let i = 1; i <= MAX_SEARCH_DAYS; i++) if (isOpen(cal, n + i)) return n + i;
  throw new NoBusinessDayError(n);
}

export function rollOpen(cal: CompiledCalendar, n: DayNumber): DayNumber {
  return isOpen(cal, n) ? n : nextOpen(cal, n);
}

export function addOpen(cal: CompiledCalendar, n: DayNumber, count: number): DayNumber {
  let d = n;
  for (let i = 0; i < count; i++) d = nextOpen(cal, d);
  return d;
}

/** The last business day in [from, to], or null when the whole span is closed. */
export function lastOpenIn(
  cal: CompiledCalendar,
  from: DayNumber,
  to: DayNumber,
): DayNumber | null {
  for (let d = to; d >= from; d--) if (isOpen(cal, d)) return d;
  return null;
}

export function firstOpenIn(
  cal: CompiledCalendar,
  from: DayNumber,
  to: DayNumber,
): DayNumber | null {
  for (let d = from; d <= to; d++) if (isOpen(cal, d)) return d;
  return null;
}

/** Monday of the week containing n (weeks run Monday–Sunday, spec "Periods"). */
export function mondayOf(n: DayNumber): DayNumber {
  return n - ((weekdayOf(n) + 6) % 7);
}

export function monthSpan(y: number, m: number): [DayNumber, DayNumber] {
  const first = dayNumberOf(y, m, 1);
  return [first, first + daysInMonth(y, m) - 1];
}

// ---- ISO-string API (spec/promises.md definitions, verbatim) ----

export function isBusinessDay(d: IsoDate, config: CalendarConfig = DEFAULT_CALENDAR): boolean {
  return isOpen(compiledFor(config), toDayNumber(d));
}

/** The first business day strictly after d. */
export function nextBusinessDay(d: IsoDate, config: CalendarConfig = DEFAULT_CALENDAR): IsoDate {
  return toIso(nextOpen(compiledFor(config), toDayNumber(d)));
}

/** d if it is a business day, else nextBusinessDay(d). */
export function rollForward(d: IsoDate, config: CalendarConfig = DEFAULT_CALENDAR): IsoDate {
  return toIso(rollOpen(compiledFor(config), toDayNumber(d)));
}

/** The n-th business day strictly after d (d itself never counts); n=0 gives d. */
export function addBusinessDays(
  d: IsoDate,
  n: number,
  config: CalendarConfig = DEFAULT_CALENDAR,
): IsoDate {
  return toIso(addOpen(compiledFor(config), toDayNumber(d), n));
}

/** Why d is not a business day (holiday name, weekend, closure), or null if it is one. */
export function closureReason(
  d: IsoDate,
  config: CalendarConfig = DEFAULT_CALENDAR,
): Closure | null {
  return closureOf(compiledFor(config), toDayNumber(d));
}

/** The last business day of d's week (Mon–Sun), or null if the company is closed all week. */
export function lastBusinessDayOfWeek(
  d: IsoDate,
  config: CalendarConfig = DEFAULT_CALENDAR,
): IsoDate | null {
  const mon = mondayOf(toDayNumber(d));
  const r = lastOpenIn(compiledFor(config), mon, mon + 6);
  return r === null ? null : toIso(r);
}

export function firstBusinessDayOfWeek(
  d: IsoDate,
  config: CalendarConfig = DEFAULT_CALENDAR,
): IsoDate | null {
  const mon = mondayOf(toDayNumber(d));
  const r = firstOpenIn(compiledFor(config), mon, mon + 6);
  return r === null ? null : toIso(r);
}

export function lastBusinessDayOfMonth(
  y: number,
  m: number,
  config: CalendarConfig = DEFAULT_CALENDAR,
): IsoDate | null {
  const [from, to] = monthSpan(y, m);
  const r = lastOpenIn(compiledFor(config), from, to);
  return r === null ? null : toIso(r);
}

/** With the year-end closure this is 12/28 or earlier (spec "年内"). */
export function lastBusinessDayOfYear(
  y: number,
  config: CalendarConfig = DEFAULT_CALENDAR,
): IsoDate | null {
  return lastBusinessDayOfMonth(y, 12, config);
}
