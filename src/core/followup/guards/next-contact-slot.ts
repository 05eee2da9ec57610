import type { BusinessHours } from '../../calendar/calendar-config.js';
import type { IsoDateTime } from '../../domain/dates.js';
import { fromTokyo, parseHhmm, toTokyo } from '../tokyo-time.js';
import type { BusinessCalendar } from '../types.js';

export type ContactMedium = 'email' | 'phone';

/** A draft goes out at 10:00 by default: after the morning rush, clearly within hours. */
export const EMAIL_DEFAULT_TIME = '10:00';
/** Phone calls avoid the first and last 30 minutes of the day (general etiquette). */
export const PHONE_EDGE_MINUTES = 30;
export const LUNCH = { from: '12:00', to: '13:00' } as const;

type Span = [start: number, end: number];

/**
 * Good minutes of a business day, half-open [start, end). With 9:00–18:00:
 * email [10:00, 17:30) — from the default time until 30 minutes before closing, so a mail
 * written Fri 17:50 waits for Mon 10:00 rather than landing as the office closes;
 * phone [9:30, 12:00) ∪ [13:00, 17:30).
 */
export function goodSpans(hours: BusinessHours, medium: ContactMedium): Span[] {
  const open = parseHhmm(hours.open);
  const close = parseHhmm(hours.close);
  const end = close - PHONE_EDGE_MINUTES;
  if (medium === 'email') {
    const start = Math.max(open, parseHhmm(EMAIL_DEFAULT_TIME));
    return start < end ? [[start, end]] : [[open, close]];
  }
  const lunch: Span = [parseHhmm(LUNCH.from), parseHhmm(LUNCH.to)];
  const spans: Span[] = [
    [open + PHONE_EDGE_MINUTES, Math.min(end, lunch[0])],
    [Math.max(open + PHONE_EDGE_MINUTES, lunch[1]), end],
  ];
  const good = spans.filter(([s, e]) => s < e);
  return good.length > 0 ? good : [[open, close]];
}

/**
 * The next good moment to send or call, at or after `at`, in Asia/Tokyo.
 * Fri 2026-11-20 17:50 email → Mon 11/23 is 勤労感謝の日 → Tue 11/24 10:00; phone 12:15 → 13:00;
 * phone 9:10 → 9:30.
 *
 * @example
 * nextContactSlot('2026-11-27T17:50:00+09:00', DEFAULT_BUSINESS_HOURS, calendar, 'email')
 * // → '2026-11-30T10:00:00+09:00'
 */
export function nextContactSlot(
  at: IsoDateTime,
  hours: BusinessHours,
  calendar: BusinessCalendar,
  medium: ContactMedium,
): IsoDateTime | null {
  const now = toTokyo(at);
  if (!now) return null;
  const spans = goodSpans(hours, medium);
  if (calendar.isBusinessDay(now.date)) {
    const span = spans.find(([, end]) => end > now.minutes);
    if (span) return fromTokyo({ date: now.date, minutes: Math.max(span[0], now.minutes) });
  }
  const first = spans[0]?.[0] ?? parseHhmm(hours.open);
  return fromTokyo({ date: calendar.nextBusinessDay(now.date), minutes: first });
}

/** Whether `at` is inside a good span (no rescheduling needed). */
export function isGoodSlot(
  at: IsoDateTime,
  hours: BusinessHours,
  calendar: BusinessCalendar,
  medium: ContactMedium,
): boolean {
  const now = toTokyo(at);
  if (!now || !calendar.isBusinessDay(now.date)) return false;
  return goodSpans(hours, medium).some(([s, e]) => now.minutes >= s && now.minutes < e);
}
