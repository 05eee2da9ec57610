import { describe, expect, it } from 'vitest';
import { actionsFor } from './actions-for.js';
import { WEEK_READING, application, ev, promise, scenario } from './testing/fixtures.js';
import type { Action, PromiseReading } from './types.js';

const byAction = (actions: Action[]) => Object.fromEntries(actions.map((a) => [a.action, a]));

describe('a deadline next to a holiday', () => {
  // t0 Mon 11/16 「1週間以内」: 11/23 is 勤労感謝の日, so the grammar gives Tue 11/24.
  const reading: PromiseReading = {
    kind: 'weeks',
    passOnly: false,
    channel: null,
    ambiguous: false,
    deadline: '2026-11-24',
    earliestInquiry: '2026-11-25',
    recommendedInquiry: '2026-11-27',
    silentAfter: '2026-12-01',
  };
  const events = [
    ev.interview('2026-11-16'),
    ev.promise('2026-11-16', '1週間以内にご連絡します'),
    ev.reflection('2026-11-16'),
  ];
  const input = (today: string) =>
    scenario(today, events, [promise('2026-11-16', '1週間以内にご連絡します', reading)]);
  it('on the holiday Mon 11/23 the user still waits (deadline Tue 11/24)', () => {
    const a = byAction(actionsFor(input('2026-11-23')));
    expect(a.wait?.window.until).toBe('2026-11-24');
    expect(a.inquire?.window).toEqual({
      from: '2026-11-25',
      recommended: '2026-11-27',
      until: null,
    });
  });
  it('Wed 11/25: check_missed and an acceptable inquiry; recommended Fri 11/27', () => {
    const a = byAction(actionsFor(input('2026-11-25')));
    expect(a.wait).toBeUndefined();
    expect(a.check_missed?.window.from).toBe('2026-11-25');
    expect(a.inquire?.reason.ja).toContain('期限翌日の 9日目 11/25(水) から問い合わせできます');
    expect(a.inquire?.reason.ja).toContain('11/27(金) 10:00 以降');
  });
});

describe('what ends a wait', () => {
  const week = () => [
    ev.interview('2026-11-20'),
    ev.promise('2026-11-20', '1週間以内にご連絡します'),
  ];
  const promises = [promise('2026-11-20', '1週間以内にご連絡します', WEEK_READING)];
  const cases: [string, ReturnType<typeof ev.message>, boolean][] = [
    ['an automatic acknowledgement does not', ev.message('2026-11-24', 'acknowledgement'), true],
    ['a newsletter (other) does not', ev.message('2026-11-24', 'other'), true],
    ['a next_step message does', ev.message('2026-11-24', 'next_step'), false],
    ['a document request does', ev.message('2026-11-24', 'document_request'), false],
    ['an offer does', ev.message('2026-11-24', 'offer'), false],
  ];
  for (const [name, message, waits] of cases)
    it(name, () => {
      const a = byAction(actionsFor(scenario('2026-11-25', [...week(), message], promises)));
      expect(Boolean(a.wait)).toBe(waits);
    });
  it('withdrawn: nothing is proposed, not even a reflection', () => {
    const events = [...week(), ev.status('2026-11-24', 'withdrawn')];
    expect(actionsFor(scenario('2026-11-30', events, promises))).toEqual([]);
  });
});

describe('the inquiry goes to the right place', () => {
  const events = [ev.interview('2026-11-20'), ev.promise('2026-11-20', '1週間以内にご連絡します')];
  const promises = [promise('2026-11-20', '1週間以内にご連絡します', WEEK_READING)];
  it('job site: its message feature or the auto-reply address (002)', () => {
    const input = scenario('2026-11-30', events, promises, {
      application: { ...application, route: 'job_site' },
    });
    expect(byAction(actionsFor(input)).inquire?.reason.ja).toContain('メッセージ機能');
  });
  it('agent: ask the agent first (000)', () => {
    const input = scenario('2026-11-30', events, promises, {
      application: { ...application, route: 'agent' },
    });
    expect(byAction(actionsFor(input)).inquire?.reason.ja).toContain('エージェント');
  });
});
