import holidayJp from '@holiday-jp/holiday_jp';
import { type DayNumber, parseIso } from './civil-date.js';

export interface HolidayName {
  ja: string;
  en: string;
}

/**
 * National holidays of Japan from @holiday-jp/holiday_jp (versioned data, incl. 振替休日 and
 * 国民の休日). The package keys its table by ISO strings ('2026-09-22'); we read those keys
 * and never its `isHoliday(Date)`, which formats a Date in the machine's local time. Built
 * once per process: a Map lookup per day keeps the promise grammar above 200k phrases/s.
 */
export const HOLIDAYS: ReadonlyMap<DayNumber, HolidayName> = buildHolidays();

function buildHolidays(): Map<DayNumber, HolidayName> {
  const table = holidayJp.holidays as Record<string, { name: string; name_en: string }>;
  const map = new Map<DayNumber, HolidayName>();
  for (const [iso, h] of Object.entries(table)) {
    const n = parseIso(iso);
    if (n !== null) map.set(n, { ja: h.name, en: h.name_en });
  }
  return map;
}

/** First and last year the data covers; outside them only weekends and closures apply. */
export const HOLIDAY_DATA_YEARS = yearsCovered();

function yearsCovered(): { first: number; last: number } {
  const years = Object.keys(holidayJp.holidays).map((k) => Number(k.slice(0, 4)));
  return { first: Math.min(...years), last: Math.max(...years) };
}
