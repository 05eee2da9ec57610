import {
  addBusinessDays,
  type CalendarConfig,
  isBusinessDay,
  nextBusinessDay,
  rollForward,
} from '../core/calendar/index.js';
import type { BusinessCalendar } from '../core/followup/index.js';

/**
 * Binds a company's calendar configuration to the follow-up policy's calendar port. One object
 * per distinct configuration, so the policy's memoized answers are shared across applications.
 */
export function calendarBinder(): (config: CalendarConfig) => BusinessCalendar {
  const bound = new Map<string, BusinessCalendar>();
  return (config) => {
    const key = JSON.stringify(config);
    let calendar = bound.get(key);
    if (!calendar) {
      calendar = {
        isBusinessDay: (d) => isBusinessDay(d, config),
        nextBusinessDay: (d) => nextBusinessDay(d, config),
        rollForward: (d) => rollForward(d, config),
        addBusinessDays: (d, n) => addBusinessDays(d, n, config),
      };
      bound.set(key, calendar);
    }
    return calendar;
  };
}

const SHARED_LIMIT = 1_000;
const shared = new Map<string, BusinessCalendar>();
const byObject = new WeakMap<CalendarConfig, { key: string; calendar: BusinessCalendar }>();

/**
 * One calendar object per distinct configuration for the whole process, so the policy's
 * memoized calendar answers outlive a request (a calendar is pure: the same configuration
 * always answers the same). Past SHARED_LIMIT configurations it starts afresh, which bounds
 * its memory when many users each configure their own.
 */
export function sharedCalendarBinder(config: CalendarConfig): BusinessCalendar {
  // Companies read together share one parsed configuration object: skip the key then.
  const same = byObject.get(config);
  if (same && shared.get(same.key) === same.calendar) return same.calendar;
  const key = JSON.stringify(config);
  let calendar = shared.get(key);
  if (!calendar) {
    if (shared.size >= SHARED_LIMIT) shared.clear();
    calendar = calendarBinder()(config);
    shared.set(key, calendar);
  }
  byObject.set(config, { key, calendar });
  return calendar;
}
