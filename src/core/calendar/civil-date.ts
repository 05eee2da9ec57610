import type { IsoDate } from '../domain/dates.js';

/**
 * Calendar dates as pure integers: a "day number" counts days since 1970-01-01 in the
 * proleptic Gregorian calendar. No `Date` object is involved, so results cannot depend on
 * the machine's time zone (TZ=America/Los_Angeles would otherwise shift a local-midnight
 * Date to the previous day). Algorithms after H. Hinnant, "chrono-compatible low-level date
 * algorithms" (days_from_civil / civil_from_days).
 */
export type DayNumber = number;

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function dayNumberOf(y: number, m: number, d: number): DayNumber {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function ymdOf(n: DayNumber): Ymd {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** 0=Sunday … 6=Saturday; 1970-01-01 (day 0) was a Thursday. */
export function weekdayOf(n: DayNumber): number {
  return (((n + 4) % 7) + 7) % 7;
}

export function daysInMonth(y: number, m: number): number {
  return dayNumberOf(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - dayNumberOf(y, m, 1);
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Parses 'YYYY-MM-DD'; returns null for anything else, including 2026-02-30. */
export function parseIso(iso: string): DayNumber | null {
  // By hand rather than by regex: this runs for every promise read (≥ 200k/s target).
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return null;
  const y = digits(iso, 0, 4);
  const m = digits(iso, 5, 7);
  const d = digits(iso, 8, 10);
  if (y < 0 || m < 0 || d < 0) return null;
  return isValidYmd(y, m, d) ? dayNumberOf(y, m, d) : null;
}

function digits(s: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

export function toDayNumber(iso: IsoDate): DayNumber {
  const n = parseIso(iso);
  if (n === null) throw new RangeError(`not an ISO date: ${iso}`);
  return n;
}

const pad = (v: number): string => (v < 10 ? `0${v}` : String(v));

/** ISO strings of 2000-01-01 … 2099-12-31, built on first use: the grammar formats four a phrase. */
const CACHE_FROM = 10957; // 2000-01-01
const CACHE_DAYS = 36525;
const isoCache: (string | undefined)[] = [];

export function toIso(n: DayNumber): IsoDate {
  const k = n - CACHE_FROM;
  if (k >= 0 && k < CACHE_DAYS) {
    const hit = isoCache[k];
    if (hit !== undefined) return hit;
    const iso = formatIso(n);
    isoCache[k] = iso;
    return iso;
  }
  return formatIso(n);
}

function formatIso(n: DayNumber): IsoDate {
  const { y, m, d } = ymdOf(n);
  return `${y}-${pad(m)}-${pad(d)}`;
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return toIso(toDayNumber(iso) + days);
}

/** The same day n months later, or that month's last day when it has none (1/31 + 1 → 2/28). */
export function addMonthsClamped(n: DayNumber, months: number): DayNumber {
  const { y, m, d } = ymdOf(n);
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = (index % 12) + 1;
  return dayNumberOf(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}
