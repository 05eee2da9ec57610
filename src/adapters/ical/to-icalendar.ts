import ical from 'ical-generator';
import type { IsoDate, IsoDateTime } from '../../core/domain/dates.js';
import { type Action, ACTION_LABELS } from '../../core/followup/index.js';

export interface CalendarFeedOptions {
  /** Calendar name shown by the client, e.g. 「連絡 — 就活の予定」. */
  name: string;
  /** The generation time (DTSTAMP); a parameter so output is reproducible. */
  now: IsoDateTime;
  /** Right-hand side of the UIDs. */
  domain?: string;
}

/** Inclusive first and last day of the all-day event for an action. */
export function eventDays(a: Action): { start: IsoDate; last: IsoDate } | null {
  const w = a.window;
  if (a.action === 'wait') return w.until ? { start: w.until, last: w.until } : null;
  const start = w.from ?? w.recommended;
  if (!start) return null;
  if (a.action === 'inquire' && w.recommended && w.recommended > start)
    return { start, last: w.recommended };
  if (a.action === 'reply' && w.until && w.until > start) return { start, last: w.until };
  return { start, last: start };
}

/**
 * The actions as an iCalendar feed of all-day events, in Japanese with the company name.
 * A wait becomes its deadline (連絡期限); an inquiry spans acceptable → recommended.
 * UIDs are the action ids (application + action [+ message]), so a re-subscribed or
 * re-exported feed updates events instead of duplicating them.
 *
 * All-day values are DATE values (floating by RFC 5545), written from UTC midnight so the
 * machine's time zone never shifts a day; X-WR-TIMEZONE names Asia/Tokyo for clients.
 *
 * @example
 * toICalendar(computeToday(input, '2026-11-25').actions.flat(), { name: '連絡', now })
 * // BEGIN:VEVENT … UID:a1.inquire@renraku.local … SUMMARY:【株式会社サンプル】結果について問い合わせる
 */
export function toICalendar(actions: readonly Action[], options: CalendarFeedOptions): string {
  const domain = options.domain ?? 'renraku.local';
  const cal = ical({
    name: options.name,
    prodId: { company: 'renraku', product: 'renraku', language: 'JA' },
  });
  cal.x([{ key: 'X-WR-TIMEZONE', value: 'Asia/Tokyo' }]);
  const stamp = new Date(Date.parse(options.now));
  for (const a of actions) {
    const days = eventDays(a);
    if (!days) continue;
    const deadline = a.action === 'wait';
    cal.createEvent({
      id: `${(deadline ? `${a.applicationId}:deadline` : a.id).replaceAll(':', '.')}@${domain}`,
      start: utcMidnight(days.start),
      end: utcMidnight(addOneDay(days.last)),
      allDay: true,
      stamp,
      summary: `【${a.company}】${deadline ? '結果連絡の期限' : ACTION_LABELS[a.action].ja}`,
      description: `${a.reason.ja}\n\n${a.reason.en}\n\n出典 / source: ${a.source}`,
    });
  }
  return cal.toString();
}

function utcMidnight(d: IsoDate): Date {
  return new Date(`${d}T00:00:00Z`);
}

function addOneDay(d: IsoDate): IsoDate {
  return new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
