import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ApplicationEvent } from '../domain/entities.js';
import { actionsFor } from './actions-for.js';
import { computeToday } from './compute-today.js';
import { addDays } from './date-math.js';
import { application, company, ev, promise, scenario } from './testing/fixtures.js';
import { createTestCalendar } from './testing/test-calendar.js';
import type { PromiseReading } from './types.js';

const calendar = createTestCalendar();
const SENT = new Set(['inquiry_result', 'phone_basic', 'reinquiry', 'thanks_after_interview']);
const T0 = '2026-11-20';

/** A random timeline after an interview on Fri 11/20 and a promise read from it. */
const timeline = fc.record({
  deadlineDays: fc.integer({ min: 1, max: 30 }),
  passOnly: fc.boolean(),
  todayOffset: fc.integer({ min: 0, max: 60 }),
  steps: fc.array(
    fc.record({
      day: fc.integer({ min: 0, max: 60 }),
      kind: fc.constantFrom(
        'inquiry_result',
        'phone_basic',
        'reinquiry',
        'thanks_after_interview',
        'rejection',
        'scheduling',
        'status_update',
        'acknowledgement',
        'reflection',
      ),
    }),
    { maxLength: 6 },
  ),
});

function build(t: TimelineValue) {
  const deadline = calendar.rollForward(addDays(T0, t.deadlineDays));
  const reading: PromiseReading = {
    kind: 'days',
    passOnly: t.passOnly,
    channel: null,
    ambiguous: false,
    deadline,
    earliestInquiry: null,
    recommendedInquiry: null,
    silentAfter: null,
  };
  const today = addDays(T0, t.todayOffset);
  const events: ApplicationEvent[] = [ev.interview(T0), ev.promise(T0, '…')];
  for (const s of [...t.steps].sort((a, b) => a.day - b.day)) {
    const d = addDays(T0, s.day);
    if (d > today) continue;
    if (s.kind === 'reflection') events.push(ev.reflection(d));
    else if (SENT.has(s.kind)) events.push(ev.email(d, s.kind));
    else events.push(ev.message(`${d}T10:00:00+09:00`, s.kind));
  }
  return scenario(today, events, [promise(T0, '…', reading)]);
}

type TimelineValue = {
  deadlineDays: number;
  passOnly: boolean;
  todayOffset: number;
  steps: { day: number; kind: string }[];
};

describe('properties of the policy over random timelines', () => {
  it('never proposes an inquiry for a pass-only promise, nor after two inquiries', () => {
    fc.assert(
      fc.property(timeline, (t) => {
        const input = build(t);
        const actions = actionsFor(input).map((a) => a.action);
        if (t.passOnly) expect(actions).not.toContain('inquire');
        if (t.passOnly) expect(actions).not.toContain('reinquire');
        // Counted since the last restart of the wait (a status update starts a new promise).
        const restart = input.events.findLastIndex(
          (e) => e.type === 'message' && e.data.category === 'status_update',
        );
        const inquiries = input.events
          .slice(restart + 1)
          .filter(
            (e) =>
              e.type === 'email_sent' && /^(inquiry_|phone_|reinquiry)/.test(e.data.template ?? ''),
          ).length;
        if (inquiries >= 2) {
          expect(actions).not.toContain('inquire');
          expect(actions).not.toContain('reinquire');
        }
      }),
    );
  });
  it('windows are ordered and every action explains itself', () => {
    fc.assert(
      fc.property(timeline, (t) => {
        for (const a of actionsFor(build(t))) {
          const { from, recommended, until } = a.window;
          if (from && recommended) expect(recommended >= from).toBe(true);
          if (from && until) expect(until >= from).toBe(true);
          expect(a.reason.ja).toMatch(/\d+\/\d+/);
          expect(a.reason.en).toMatch(/\d+\/\d+/);
        }
      }),
    );
  });
  it('today --json lists only actions due on or before the date, the same whatever the order', () => {
    fc.assert(
      fc.property(fc.array(timeline, { minLength: 1, maxLength: 4 }), (ts) => {
        const today = '2026-12-10';
        const apps = ts.map((t, i) => {
          const input = build({ ...t, todayOffset: 20 });
          return {
            ...input,
            application: { ...application, id: `a${i}` },
            company: { ...company, name: `社${i % 2}` },
          };
        });
        const items = computeToday({ applications: apps }, today).items;
        for (const item of items) expect((item.from ?? today) <= today).toBe(true);
        const reversed = computeToday({ applications: [...apps].reverse() }, today).items;
        expect(reversed).toEqual(items);
      }),
    );
  });
});
