import type { IsoDate } from '../domain/dates.js';
import { type DayNumber, toDayNumber, weekdayOf, ymdOf } from './civil-date.js';
import { WEEKDAY_EN, WEEKDAY_JA } from './closure.js';

const MONTH_EN = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** 2026-11-27 → 11月27日（金）; the year is added when it differs from `refYear`. */
export function formatJa(d: IsoDate | DayNumber, refYear?: number): string {
  const n = typeof d === 'number' ? d : toDayNumber(d);
  const { y, m, d: day } = ymdOf(n);
  const year = refYear !== undefined && refYear !== y ? `${y}年` : '';
  return `${year}${m}月${day}日（${WEEKDAY_JA[weekdayOf(n)]}）`;
}

/** 2026-11-27 → Fri Nov 27; the year is added when it differs from `refYear`. */
export function formatEn(d: IsoDate | DayNumber, refYear?: number): string {
  const n = typeof d === 'number' ? d : toDayNumber(d);
  const { y, m, d: day } = ymdOf(n);
  const year = refYear !== undefined && refYear !== y ? `, ${y}` : '';
  return `${WEEKDAY_EN[weekdayOf(n)]} ${MONTH_EN[m - 1]} ${day}${year}`;
}
