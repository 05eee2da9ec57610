/**
 * Calendar dates are ISO strings 'YYYY-MM-DD' in Asia/Tokyo; date-times are ISO strings with
 * an explicit offset ('2026-11-20T14:00:00+09:00'). The core never reads the clock or the
 * machine's time zone: every function that needs "now" takes it as a parameter.
 */
export type IsoDate = string;
export type IsoDateTime = string;

const ISO_DATE = /^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})$/;
const TOKYO_OFFSET_MS = 9 * 60 * 60 * 1000;

export function isIsoDate(value: string): value is IsoDate {
  const m = ISO_DATE.exec(value);
  if (!m?.groups) return false;
  const { y, m: mo, d } = m.groups as { y: string; m: string; d: string };
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  return date.getUTCMonth() === Number(mo) - 1 && date.getUTCDate() === Number(d);
}

/** The Asia/Tokyo calendar date of an instant. Japan has had no DST since 1951. */
export function tokyoDateOf(instant: Date): IsoDate {
  return new Date(instant.getTime() + TOKYO_OFFSET_MS).toISOString().slice(0, 10);
}

/** The Asia/Tokyo date of an ISO date or date-time string ('2026-11-20' or '2026-11-20T14:00+09:00'). */
export function tokyoDateOfString(value: string): IsoDate | null {
  if (isIsoDate(value)) return value;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : tokyoDateOf(new Date(t));
}

/** Milliseconds from an instant to the next Asia/Tokyo midnight (a full day at midnight itself). */
export function msUntilNextTokyoDay(instant: Date): number {
  const DAY = 24 * 60 * 60 * 1000;
  const sinceMidnight = (instant.getTime() + TOKYO_OFFSET_MS) % DAY;
  return DAY - (sinceMidnight < 0 ? sinceMidnight + DAY : sinceMidnight);
}
