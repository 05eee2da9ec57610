import { addOpen, rollOpen } from '../calendar/business-day.js';
import { addMonthsClamped, type DayNumber } from '../calendar/civil-date.js';
import type { CompiledCalendar } from '../calendar/closure.js';
import { resolveDate } from './resolve-date.js';
import { resolvePeriod } from './resolve-period.js';
import type { Bilingual, TimePiece } from './types.js';

/** Days counts up to this are ambiguous between calendar and business days (spec, 002). */
export const SHORT_COUNT_MAX = 5;

export interface Resolved {
  piece: TimePiece;
  /** The day the words name before rolling (t0+N, the 27th, the week's Sunday …). */
  raw: DayNumber;
  deadline: DayNumber;
  /** days N ≤ 5: the calendar reading rollForward(t0+N), shown next to the deadline. */
  early: DayNumber | null;
  inconsistent: boolean;
  /** The date as written when it contradicts its weekday (see resolve-date.ts). */
  written: DayNumber | null;
  /** A period already over at t0 ("今週中" said on a Saturday) reads as rollForward(t0). */
  clamped: boolean;
}

function at(
  piece: TimePiece,
  raw: DayNumber,
  deadline: DayNumber,
  early: DayNumber | null = null,
): Resolved {
  return { piece, raw, deadline, early, inconsistent: false, written: null, clamped: false };
}

/** One time piece → its deadline, by the rules table of spec/promises.md. */
export function resolvePiece(
  piece: TimePiece,
  t0: DayNumber,
  cal: CompiledCalendar,
): Resolved | Bilingual {
  switch (piece.kind) {
    case 'days':
      if (piece.n <= SHORT_COUNT_MAX) {
        const raw = t0 + piece.n;
        return at(piece, raw, addOpen(cal, t0, piece.n), rollOpen(cal, raw));
      }
      return at(piece, t0 + piece.n, rollOpen(cal, t0 + piece.n));
    case 'weeks':
      return at(piece, t0 + 7 * piece.n, rollOpen(cal, t0 + 7 * piece.n));
    case 'months': {
      const raw = addMonthsClamped(t0, piece.n);
      return at(piece, raw, rollOpen(cal, raw));
    }
    case 'business_days':
      return at(piece, t0 + piece.n, addOpen(cal, t0, piece.n));
    case 'date': {
      const r = resolveDate(piece.target, t0);
      if (!('day' in r)) return r;
      const resolved = at(piece, r.day, rollOpen(cal, r.day));
      resolved.inconsistent = r.inconsistent;
      resolved.written = r.written;
      return resolved;
    }
    case 'period': {
      const r = resolvePeriod(piece.target, t0, cal);
      if (r.day >= t0) return at(piece, r.edge, r.day);
      const resolved = at(piece, r.edge, rollOpen(cal, t0));
      resolved.clamped = true;
      return resolved;
    }
  }
}
