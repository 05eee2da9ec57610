import { lastOpenIn, monthSpan, mondayOf, rollOpen } from '../calendar/business-day.js';
import { type DayNumber, dayNumberOf, ymdOf } from '../calendar/civil-date.js';
import type { CompiledCalendar } from '../calendar/closure.js';
import type { MonthRef, PeriodTarget } from './types.js';

export interface PeriodResolution {
  /** The period's edge the rule starts from (Sunday of the week, the 10th, the month's end). */
  edge: DayNumber;
  /** The deadline before the "not before t0" guard. */
  day: DayNumber;
}

/**
 * Periods, spec "Periods" (weeks run Monday–Sunday). When a whole period is closed (a week
 * of 年末年始 for a company also closed on Mondays) the first business day after it is used.
 */
export function resolvePeriod(
  t: PeriodTarget,
  t0: DayNumber,
  cal: CompiledCalendar,
): PeriodResolution {
  switch (t.type) {
    case 'week_end': {
      const mon = mondayOf(t0) + 7 * t.weekOffset;
      return lastOr(cal, mon, mon + 6);
    }
    case 'week_until': {
      // "on or before next week's Wednesday": may fall in the week before (a closed Mon–Wed).
      const edge = mondayOf(t0) + 7 * t.weekOffset + ((t.weekday + 6) % 7);
      return { edge, day: lastOpenIn(cal, edge - 366, edge) ?? rollOpen(cal, edge) };
    }
    case 'week_start': {
      const mon = mondayOf(t0) + 7 * t.weekOffset;
      return { edge: mon, day: rollOpen(cal, mon) };
    }
    case 'month_end': {
      const [y, m] = monthOf(t.month, t0);
      const [from, to] = monthSpan(y, m);
      return lastOr(cal, from, to);
    }
    case 'month_part': {
      const [y, m] = monthOf(t.month, t0);
      const edge = dayNumberOf(y, m, t.day);
      return { edge, day: rollOpen(cal, edge) };
    }
    case 'year_end': {
      const [from, to] = monthSpan(ymdOf(t0).y, 12);
      return lastOr(cal, from, to);
    }
  }
}

function lastOr(cal: CompiledCalendar, from: DayNumber, to: DayNumber): PeriodResolution {
  return { edge: to, day: lastOpenIn(cal, from, to) ?? rollOpen(cal, to) };
}

/** 来月 → t0's month + 1; "1月" said in December → next January. */
export function monthOf(ref: MonthRef, t0: DayNumber): [number, number] {
  const { y, m } = ymdOf(t0);
  if ('relative' in ref) {
    const index = y * 12 + (m - 1) + ref.relative;
    return [Math.floor(index / 12), (index % 12) + 1];
  }
  return [ref.month >= m ? y : y + 1, ref.month];
}
