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
