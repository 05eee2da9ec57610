export { type CalendarConfig, DEFAULT_CALENDAR } from './calendar-config.js';
export {
  addBusinessDays,
  closureReason,
  firstBusinessDayOfWeek,
  isBusinessDay,
  lastBusinessDayOfMonth,
  lastBusinessDayOfWeek,
  lastBusinessDayOfYear,
  NoBusinessDayError,
  nextBusinessDay,
  rollForward,
} from './business-day.js';
export { addDays, parseIso, toIso } from './civil-date.js';
export type { Closure, ClosureCode } from './closure.js';
export { formatEn, formatJa } from './format-date.js';
