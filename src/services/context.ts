import type { CalendarConfig } from '../core/calendar/calendar-config.js';
import type { Storage } from '../storage/engine.js';

/**
 * What a service call needs: the open storage, whose data it acts on, and the time. The clock
 * is read here, at the edge, and handed to the core as a parameter.
 */
export interface ServiceContext {
  storage: Storage;
  userId: string;
  now: () => Date;
  readPromise: PromiseReader;
}

/** The promise grammar as the services see it (implemented by core/promise). */
export type PromiseReader = (text: string, t0: string, calendar: CalendarConfig) => PromiseReading;

export interface PromiseReading {
  kind: string;
  passOnly: boolean;
  channel: string | null;
  ambiguous: boolean;
  deadline: string | null;
  earliestInquiry: string | null;
  recommendedInquiry: string | null;
  silentAfter: string | null;
  [more: string]: unknown;
}

/** An ISO date-time with the Asia/Tokyo offset, which is how every stored instant is written. */
export function tokyoIso(instant: Date): string {
  const local = new Date(instant.getTime() + 9 * 3600_000).toISOString().slice(0, 19);
  return `${local}+09:00`;
}
