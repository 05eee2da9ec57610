import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CalendarConfig, DEFAULT_CALENDAR } from '../calendar/calendar-config.js';
import { computeDates } from './compute-dates.js';
import { parsePromise } from './parse-promise.js';

/** One labeled line of eval/promise/phrases.jsonl (format documented in eval/promise/run.ts). */
interface Labeled {
  id: string;
  text: string;
  from: string;
  calendar?: Partial<CalendarConfig>;
  kind: string;
  passOnly: boolean;
  channel: string | null;
  ambiguous: boolean;
  inconsistent?: boolean;
  deadline: string | null;
  earliestInquiry: string | null;
  recommendedInquiry: string | null;
  silentAfter: string | null;
}

const FILE = join(import.meta.dirname, '../../../eval/promise/phrases.jsonl');
const PHRASES = readFileSync(FILE, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Labeled);

describe('the labeled phrase set (eval/promise/phrases.jsonl)', () => {
  it('has at least 400 phrases over every kind', () => {
    expect(PHRASES.length).toBeGreaterThanOrEqual(400);
    const kinds = new Set(PHRASES.map((p) => p.kind));
    for (const k of [
      'days',
      'weeks',
      'months',
      'business_days',
      'date',
      'period',
      'unspecified',
      'unparsed',
    ]) {
      expect(kinds).toContain(k);
    }
  });

  it.each(PHRASES.map((p) => [p.id, p.text, p.from, p] as const))(
    '%s %s (t0 %s)',
    (_id, _t, _f, p) => {
      const calendar = { ...DEFAULT_CALENDAR, ...p.calendar };
      const d = computeDates(parsePromise(p.text), p.from, calendar);
      expect({
        kind: d.kind,
        passOnly: d.passOnly,
        channel: d.channel,
        ambiguous: d.ambiguous,
        inconsistent: d.inconsistent,
        deadline: d.deadline,
        earliestInquiry: d.earliestInquiry,
        recommendedInquiry: d.recommendedInquiry,
        silentAfter: d.silentAfter,
      }).toEqual({
        kind: p.kind,
        passOnly: p.passOnly,
        channel: p.channel,
        ambiguous: p.ambiguous,
        inconsistent: p.inconsistent ?? false,
        deadline: p.deadline,
        earliestInquiry: p.earliestInquiry,
        recommendedInquiry: p.recommendedInquiry,
        silentAfter: p.silentAfter,
      });
    },
  );
});
