import { addOpen, compiledFor, nextOpen, rollOpen } from '../calendar/business-day.js';
import type { CalendarConfig } from '../calendar/calendar-config.js';
import { type DayNumber, parseIso, toIso } from '../calendar/civil-date.js';
import type { CompiledCalendar } from '../calendar/closure.js';
import type { IsoDate } from '../domain/dates.js';
import { dayZeroOf } from './day-zero.js';
import { type Resolved, resolvePiece, SHORT_COUNT_MAX } from './resolve-piece.js';
import type { Bilingual, ParsedPromise, PromiseDates } from './types.js';

/** Spec "The four dates": waits in calendar days used by the rules. */
export const UNSPECIFIED_EARLIEST_DAYS = 7; // 000: 1週間程度を目安
export const UNSPECIFIED_RECOMMENDED_DAYS = 10; // 002: 面接日から7~10日
export const RECOMMENDED_AFTER_DEADLINE = 3; // 002: 連絡予定日から3日以上過ぎても
export const SILENT_AFTER_DEADLINE = 7; // 000: 期日を大幅に過ぎても
export const SILENT_AFTER_T0 = 14; // 000: 2週間以上経っても
export const PASS_ONLY_SLACK_BUSINESS_DAYS = 2; // 003: メガバンクの例

export interface Computation {
  dates: PromiseDates;
  t0: DayNumber;
  cal: CompiledCalendar;
  chosen: Resolved | null;
}

/**
 * The four dates of a parsed promise on a company calendar. `t0` is a date or an ISO
 * date-time (converted to its Asia/Tokyo date). Throws RangeError on an unreadable t0.
 * @example computeDates(parsePromise('1週間以内'), '2026-11-20', DEFAULT_CALENDAR).deadline // '2026-11-27'
 */
export function computeDates(
  promise: ParsedPromise,
  t0: IsoDate | string,
  calendar: CalendarConfig,
): PromiseDates {
  return compute(promise, t0, calendar).dates;
}

export function compute(
  promise: ParsedPromise,
  t0In: string,
  calendar: CalendarConfig,
): Computation {
  // Fast path for a plain date; a date-time goes through its Asia/Tokyo date.
  let t0 = parseIso(t0In);
  if (t0 === null) {
    const iso = dayZeroOf(t0In);
    t0 = iso === null ? null : parseIso(iso);
  }
  if (t0 === null) throw new RangeError(`not a date or date-time: ${t0In}`);
  const cal = compiledFor(calendar);
  const flags = { passOnly: promise.passOnly, channel: promise.channel };
  if (promise.status === 'unparsed') {
    return { dates: unparsed(flags, promise.reason), t0, cal, chosen: null };
  }
  if (promise.status === 'unspecified') {
    return { dates: unspecified(flags, t0, cal), t0, cal, chosen: null };
  }
  // Several time pieces: the latest deadline wins (spec: wait for the later reading).
  let chosen: Resolved | null = null;
  for (const piece of promise.times) {
    const r = resolvePiece(piece, t0, cal);
    if (!('deadline' in r)) return { dates: unparsed(flags, r), t0, cal, chosen: null };
    if (chosen === null || r.deadline > chosen.deadline) chosen = r;
  }
  if (chosen === null) return { dates: unspecified(flags, t0, cal), t0, cal, chosen: null };
  const d = chosen.deadline;
  const passOnly = promise.passOnly;
  const dates: PromiseDates = {
    kind: chosen.piece.kind,
    passOnly: flags.passOnly,
    channel: flags.channel,
    ambiguous: chosen.piece.kind === 'days' && chosen.piece.n <= SHORT_COUNT_MAX,
    inconsistent: chosen.inconsistent,
    deadline: toIso(d),
    earlyDeadline: chosen.early === null ? null : toIso(chosen.early),
    earliestInquiry: passOnly ? null : toIso(nextOpen(cal, d)),
    recommendedInquiry: passOnly ? null : toIso(rollOpen(cal, d + RECOMMENDED_AFTER_DEADLINE)),
    silentAfter: toIso(
      passOnly
        ? addOpen(cal, d, PASS_ONLY_SLACK_BUSINESS_DAYS)
        : Math.max(d + SILENT_AFTER_DEADLINE, t0 + SILENT_AFTER_T0),
    ),
    span: chosen.piece.span,
    reason: null,
  };
  return { dates, t0, cal, chosen };
}

type Flags = Pick<PromiseDates, 'passOnly' | 'channel'>;

function unspecified(flags: Flags, t0: DayNumber, cal: CompiledCalendar): PromiseDates {
  return {
    kind: 'unspecified',
    passOnly: flags.passOnly,
    channel: flags.channel,
    ambiguous: false,
    inconsistent: false,
    deadline: null,
    earlyDeadline: null,
    earliestInquiry: flags.passOnly ? null : toIso(rollOpen(cal, t0 + UNSPECIFIED_EARLIEST_DAYS)),
    recommendedInquiry: flags.passOnly
      ? null
      : toIso(rollOpen(cal, t0 + UNSPECIFIED_RECOMMENDED_DAYS)),
    silentAfter: toIso(t0 + SILENT_AFTER_T0),
    span: null,
    reason: null,
  };
}

function unparsed(flags: Flags, reason: Bilingual | null): PromiseDates {
  return {
    kind: 'unparsed',
    passOnly: flags.passOnly,
    channel: flags.channel,
    ambiguous: false,
    inconsistent: false,
    deadline: null,
    earlyDeadline: null,
    earliestInquiry: null,
    recommendedInquiry: null,
    silentAfter: null,
    span: null,
    reason,
  };
}
