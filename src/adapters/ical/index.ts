export { type CalendarFeedOptions, eventDays, toICalendar } from './to-icalendar.js';
