/**
 * A company's business calendar as the user configures it (spec/promises.md, "The business
 * calendar"). National holidays are not configured: they come from the holiday data package.
 */
export interface CalendarConfig {
  /** Weekdays the company is closed besides Saturday and Sunday, 0=Sunday … 6=Saturday. */
  closedWeekdays: number[];
  /** Extra closed dates, 'YYYY-MM-DD'. */
  closedDates: string[];
  /** お盆 closure 8/13–8/16; off by default. */
  obon: boolean;
  /** 年末年始 closure 12/29–1/3; on by default. */
  yearEnd: boolean;
}

export const DEFAULT_CALENDAR: CalendarConfig = {
  closedWeekdays: [],
  closedDates: [],
  obon: false,
  yearEnd: true,
};

/** Business hours, 'HH:MM' in Asia/Tokyo; default 9:00–18:00 (spec/followup.md, Guards). */
export interface BusinessHours {
  open: string;
  close: string;
}

export const DEFAULT_BUSINESS_HOURS: BusinessHours = { open: '09:00', close: '18:00' };
