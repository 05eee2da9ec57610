import { type IsoDate, tokyoDateOfString } from '../domain/dates.js';

const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'] as const;
const TOKYO_OFFSET_MS = 9 * 60 * 60 * 1000;
const ISO = /^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})$/;

/**
 * 11月20日（金）, in Asia/Tokyo. The year is written only when it differs from `today`'s.
 *
 * @example
 * formatJaDate('2026-11-20', '2026-11-22') // '11月20日（金）'
 * formatJaDate('2027-01-05', '2026-12-20') // '2027年1月5日（火）'
 */
export function formatJaDate(value: string, today?: IsoDate): string {
  const date = tokyoDateOfString(value);
  const m = date ? ISO.exec(date) : null;
  if (!m?.groups) return value;
  const { y, m: mo, d } = m.groups as { y: string; m: string; d: string };
  const weekday = WEEKDAYS_JA[new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d))).getUTCDay()];
  const year = today !== undefined && today.slice(0, 4) !== y ? `${Number(y)}年` : '';
  return `${year}${Number(mo)}月${Number(d)}日（${weekday}）`;
}

/** 14:00 in Asia/Tokyo, or null for a bare date. */
export function formatJaTime(value: string): string | null {
  if (ISO.test(value)) return null;
  const t = Date.parse(value);
  if (Number.isNaN(t)) return null;
  return new Date(t + TOKYO_OFFSET_MS).toISOString().slice(11, 16);
}

/** 11月24日（火）10:00〜11:00, or 11月24日（火）10:00 without an end. */
export function formatJaSlot(start: string, end?: string, today?: IsoDate): string {
  const from = formatJaTime(start);
  const to = end !== undefined ? formatJaTime(end) : null;
  const time = from === null ? '' : to === null ? from : `${from}〜${to}`;
  return `${formatJaDate(start, today)}${time}`;
}

/** Whole days from `from` to `to` (both ISO dates). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
