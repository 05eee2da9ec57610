import { describe, expect, it } from 'vitest';
import { actionsFor } from './actions-for.js';
import { byAction, ev, ids, promise, scenario, week, weekPromise } from './testing/fixtures.js';
import type { PromiseReading } from './types.js';

describe('re-inquiry: once, from the 3rd business day after the first inquiry', () => {
  const inquiredMon = () => [...week(), ev.email('2026-11-30', 'inquiry_result')];
  it('inquiry Mon 11/30 → reinquire from Thu 12/03; no second inquire', () => {
    const a = byAction(actionsFor(scenario('2026-12-02', inquiredMon(), weekPromise())));
    expect(a.reinquire?.window).toEqual({
      from: '2026-12-03',
      recommended: '2026-12-03',
      until: null,
    });
    expect(a.reinquire?.template).toBe('reinquiry');
    expect(a.inquire).toBeUndefined();
  });
  it('a phone inquiry counts too (phone_basic)', () => {
    const events = [...week(), ev.call('2026-11-30', 'phone_basic')];
    expect(
      byAction(actionsFor(scenario('2026-12-03', events, weekPromise()))).reinquire?.window.from,
    ).toBe('2026-12-03');
  });
  it('never a third: after the re-inquiry only move_on remains', () => {
    const events = [...inquiredMon(), ev.email('2026-12-03', 'reinquiry')];
    const actions = actionsFor(scenario('2026-12-07', events, weekPromise()));
    expect(ids(actions)).toEqual(['move_on', 'reflect']);
  });
});

describe('move_on and pass-only promises', () => {
  const passOnly: PromiseReading = {
    kind: 'weeks',
    passOnly: true,
    channel: 'phone',
    ambiguous: false,
    deadline: '2026-11-27',
    earliestInquiry: null,
    recommendedInquiry: null,
    silentAfter: '2026-12-01',
  };
  const events = () => [
    ev.interview('2026-11-20'),
    ev.promise('2026-11-20', '合格者のみ1週間以内にお電話します'),
  ];
  const input = (today: string) =>
    scenario(
      today,
      [...events(), ev.reflection('2026-11-20')],
      [promise('2026-11-20', '合格者のみ1週間以内にお電話します', passOnly)],
    );
  it('no inquiry is ever proposed', () => {
    for (const today of ['2026-11-25', '2026-11-30', '2026-12-01', '2026-12-10'])
      expect(ids(actionsFor(input(today)))).not.toContain('inquire');
  });
  it('Mon 11/30: only a check for a missed call', () => {
    expect(ids(actionsFor(input('2026-11-30')))).toEqual(['check_missed']);
  });
  it('from silentAfter Tue 12/01 (deadline + 2 business days): move_on only', () => {
    const actions = actionsFor(input('2026-12-01'));
    expect(ids(actions)).toEqual(['move_on']);
    expect(actions[0]?.source).toBe('003');
    expect(actions[0]?.reason.ja).toContain('合格者のみ');
    expect(actions[0]?.reason.ja).toContain('ご自身で決めて');
  });
  it('move_on for a normal promise from Fri 12/04, not on 12/03', () => {
    expect(ids(actionsFor(scenario('2026-12-03', week(), weekPromise())))).not.toContain('move_on');
    expect(
      byAction(actionsFor(scenario('2026-12-04', week(), weekPromise()))).move_on?.window.from,
    ).toBe('2026-12-04');
  });
});
