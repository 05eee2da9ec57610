import { parseIso } from '../calendar/civil-date.js';
import { type IsoDate, tokyoDateOfString } from '../domain/dates.js';

const DATE_TIME =
  /^(?<date>\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?<zone>Z|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * t0 as the Asia/Tokyo date (spec "Day zero"). Accepts 'YYYY-MM-DD', or an ISO date-time:
 * with an offset it is converted ('2026-11-19T20:00-08:00' → 2026-11-20); without one it is
 * already Tokyo time. Anything else is null: `Date.parse('11/20')` would give 2001-11-20 in
 * the machine's zone, so it is never used on free text.
 */
export function dayZeroOf(value: string): IsoDate | null {
  if (parseIso(value) !== null) return value;
  const g = DATE_TIME.exec(value)?.groups;
  if (!g?.date || parseIso(g.date) === null) return null;
  return g.zone === undefined ? g.date : tokyoDateOfString(value);
}
