import { z } from 'zod';
import { type CalendarConfig, DEFAULT_CALENDAR } from '../../src/core/calendar/calendar-config.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The line format documented at the top of run.ts, validated. */
export const labeledSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string(),
  from: z.string(),
  calendar: z
    .object({
      closedWeekdays: z.array(z.number().int().min(0).max(6)).optional(),
      closedDates: z.array(isoDate).optional(),
      obon: z.boolean().optional(),
      yearEnd: z.boolean().optional(),
    })
    .optional(),
  kind: z.enum([
    'days',
    'weeks',
    'months',
    'business_days',
    'date',
    'period',
    'unspecified',
    'unparsed',
  ]),
  passOnly: z.boolean(),
  channel: z.enum(['email', 'phone', 'portal']).nullable(),
  ambiguous: z.boolean(),
  inconsistent: z.boolean().optional(),
  deadline: isoDate.nullable(),
  earliestInquiry: isoDate.nullable(),
  recommendedInquiry: isoDate.nullable(),
  silentAfter: isoDate.nullable(),
});

export type Labeled = z.infer<typeof labeledSchema>;

export const FIELDS = [
  'kind',
  'passOnly',
  'channel',
  'ambiguous',
  'inconsistent',
  'deadline',
  'earliestInquiry',
  'recommendedInquiry',
  'silentAfter',
] as const;

export function parseLabeled(line: string): Labeled {
  return labeledSchema.parse(JSON.parse(line));
}

/** A line's partial calendar over the defaults (spec/interfaces.md: each field optional). */
export function toCalendar(c: Labeled['calendar']): CalendarConfig {
  return {
    closedWeekdays: c?.closedWeekdays ?? DEFAULT_CALENDAR.closedWeekdays,
    closedDates: c?.closedDates ?? DEFAULT_CALENDAR.closedDates,
    obon: c?.obon ?? DEFAULT_CALENDAR.obon,
    yearEnd: c?.yearEnd ?? DEFAULT_CALENDAR.yearEnd,
  };
}
