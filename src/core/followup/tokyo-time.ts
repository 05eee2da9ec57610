import type { IsoDate, IsoDateTime } from '../domain/dates.js';

/** A wall-clock moment in Asia/Tokyo: the date and minutes after midnight. */
export interface TokyoMoment {
  date: IsoDate;
  minutes: number;
}

const TOKYO_OFFSET_MS = 9 * 3_600_000;

/**
 * Reads an ISO date-time with any offset as Tokyo wall-clock time; without an offset it is
 * taken as Tokyo time ('2026-11-20T17:50' = 17:50 JST), never the machine's zone.
 */
export function toTokyo(at: IsoDateTime): TokyoMoment | null {
  const hasZone = /(?:[zZ]|[+-]\d{2}:?\d{2})$/.test(at);
  const t = Date.parse(hasZone ? at : `${at}+09:00`);
  if (Number.isNaN(t)) return null;
  const shifted = new Date(t + TOKYO_OFFSET_MS);
  return {
    date: shifted.toISOString().slice(0, 10),
    minutes: shifted.getUTCHours() * 60 + shifted.getUTCMinutes(),
  };
}

/** '2026-11-30T10:00:00+09:00' */
export function fromTokyo(m: TokyoMoment): IsoDateTime {
  return `${m.date}T${hhmm(m.minutes)}:00+09:00`;
}

export function hhmm(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** '09:30' → 570 */
export function parseHhmm(value: string): number {
  const [h, m] = value.split(':');
  return Number(h) * 60 + Number(m ?? 0);
}
