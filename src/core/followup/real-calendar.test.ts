import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  type CalendarConfig,
  DEFAULT_CALENDAR,
  isBusinessDay,
  nextBusinessDay,
  rollForward,
} from '../calendar/index.js';
import { readPromise } from '../promise/index.js';
import { actionsFor } from './actions-for.js';
import { byAction, ev, scenario } from './testing/fixtures.js';
import type { BusinessCalendar, PromiseInput } from './types.js';

/** How the composition root binds the real calendar to this module's port. */
function bind(config: CalendarConfig): BusinessCalendar {
  return {
    isBusinessDay: (d) => isBusinessDay(d, config),
    nextBusinessDay: (d) => nextBusinessDay(d, config),
    rollForward: (d) => rollForward(d, config),
    addBusinessDays: (d, n) => addBusinessDays(d, n, config),
  };
}

function read(text: string, t0: string): PromiseInput {
  const r = readPromise(text, t0, DEFAULT_CALENDAR);
  return {
    id: 'p1',
    eventId: 'ev-p1',
    text,
    t0,
    reading: { ...r, early: { deadline: r.explanation.earlyDeadline } },
  };
}

describe('with the real calendar and promise grammar (integration)', () => {
  const calendar = bind(DEFAULT_CALENDAR);
  it('spec example: 「1週間以内」 on Fri 11/20 → wait until 11/27, inquire and check from 11/30', () => {
    const p = read('1週間以内にご連絡します', '2026-11-20');
    const events = [ev.interview('2026-11-20'), ev.promise('2026-11-20', p.text)];
    const before = byAction(actionsFor(scenario('2026-11-27', events, [p], { calendar })));
    expect(before.wait?.window).toEqual({
      from: '2026-11-20',
      recommended: null,
      until: '2026-11-27',
    });
    const on = byAction(actionsFor(scenario('2026-11-30', events, [p], { calendar })));
    expect(on.inquire?.window).toEqual({
      from: '2026-11-30',
      recommended: '2026-11-30',
      until: null,
    });
    expect(on.check_missed?.window.from).toBe('2026-11-30');
    expect(
      byAction(actionsFor(scenario('2026-12-04', events, [p], { calendar }))).move_on,
    ).toBeDefined();
  });
  it('「3日以内」 on Fri 11/20: waits until Thu 11/26 and shows the early reading Tue 11/24', () => {
    const p = read('3日以内にご連絡します', '2026-11-20');
    const events = [ev.interview('2026-11-20'), ev.promise('2026-11-20', p.text)];
    const a = byAction(actionsFor(scenario('2026-11-24', events, [p], { calendar })));
    expect(a.wait?.window.until).toBe('2026-11-26');
    expect(a.wait?.reason.ja).toContain('11/24(火)');
  });
});
