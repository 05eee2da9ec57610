import type { IsoDate } from '../domain/dates.js';

/**
 * Calendar-date arithmetic on 'YYYY-MM-DD' strings. Dates are anchored at UTC midnight, which
 * is only a counting device: no time zone is involved, so 2026-11-20 + 7 is 2026-11-27 on
 * every machine.
 */
const DAY_MS = 86_400_000;

function toUtc(d: IsoDate): number {
  return Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Days in a month, 1-based month: (2028, 2) → 29. */
function monthLength(y: number, m: number): number {
  if (m === 2) return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

const SHIFTED = new Map<string, IsoDate>();
const MAX_SHIFTED = 16_384;

export function addDays(d: IsoDate, n: number): IsoDate {
  // Fast path inside the month (11/20 + 7 = 11/27): the business calendar steps one day at a
  // time, so this is the hot path of the today list.
  const day = Number(d.slice(8, 10)) + n;
  const y = Number(d.slice(0, 4));
  const m = Number(d.slice(5, 7));
  if (day >= 1 && day <= monthLength(y, m)) return `${d.slice(0, 8)}${pad2(day)}`;
  const key = `${d}${n}`;
  const hit = SHIFTED.get(key);
  if (hit !== undefined) return hit;
  if (SHIFTED.size >= MAX_SHIFTED) SHIFTED.clear();
  const shifted = new Date(toUtc(d) + n * DAY_MS).toISOString().slice(0, 10);
  SHIFTED.set(key, shifted);
  return shifted;
}

/** Whole days from a to b (b − a): daysBetween('2026-11-20', '2026-11-27') = 7. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((toUtc(b) - toUtc(a)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday; 2026-11-20 is a Friday (5). */
export function weekdayOf(d: IsoDate): number {
  // Sakamoto's method: no Date object on the hot path of the business calendar.
  const m = Number(d.slice(5, 7));
  const y = Number(d.slice(0, 4)) - (m < 3 ? 1 : 0);
  const day = Number(d.slice(8, 10));
  const t = SAKAMOTO[m - 1] ?? 0;
  return (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + t + day) % 7;
}

const SAKAMOTO = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4] as const;

export const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a >= b ? a : b);
export const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a <= b ? a : b);

const JA_WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土'] as const;
const EN_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

const md = (d: IsoDate): string => `${Number(d.slice(5, 7))}/${Number(d.slice(8, 10))}`;

// Labels are remembered: a today list formats the same few dozen dates thousands of times.
const JA_LABELS = new Map<IsoDate, string>();
const EN_LABELS = new Map<IsoDate, string>();
const MAX_LABELS = 4_096;

function remember(map: Map<IsoDate, string>, d: IsoDate, make: () => string): string {
  const hit = map.get(d);
  if (hit !== undefined) return hit;
  if (map.size >= MAX_LABELS) map.clear();
  const label = make();
  map.set(d, label);
  return label;
}

/** 「11/20(金)」 */
export function jaDate(d: IsoDate): string {
  return remember(JA_LABELS, d, () => `${md(d)}(${JA_WEEKDAYS[weekdayOf(d)]})`);
}

/** "Fri 11/20" */
export function enDate(d: IsoDate): string {
  return remember(EN_LABELS, d, () => `${EN_WEEKDAYS[weekdayOf(d)]} ${md(d)}`);
}

/** 「土曜日」 for a weekend day, else null: used to explain why a date moved. */
export function jaWeekendName(d: IsoDate): string | null {
  const w = weekdayOf(d);
  return w === 6 ? '土曜日' : w === 0 ? '日曜日' : null;
}
