import { describe, expect, it } from 'vitest';
import { actionsFor } from './actions-for.js';
import { byAction, ev, ids, scenario, week, weekPromise } from './testing/fixtures.js';

describe('send_thanks: the interview day, still the next day, not after', () => {
  const cases = [
    { today: '2026-11-20', offered: true, late: false },
    { today: '2026-11-21', offered: true, late: true },
    { today: '2026-11-22', offered: false, late: false },
  ];
  for (const c of cases) {
    it(`interview Fri 11/20, today ${c.today} → ${c.offered ? 'offered' : 'not offered'}`, () => {
      const a = byAction(actionsFor(scenario(c.today, week(), weekPromise()))).send_thanks;
      expect(Boolean(a)).toBe(c.offered);
      if (!a) return;
      expect(a.window).toEqual({
        from: '2026-11-20',
        recommended: '2026-11-20',
        until: '2026-11-21',
      });
      expect(a.template).toBe('thanks_after_interview');
      expect(a.source).toBe('000');
      expect(a.reason.ja.includes('昨日')).toBe(c.late);
    });
  }
  it('is gone once a thank-you was sent', () => {
    const events = [...week(), ev.email('2026-11-20', 'thanks_after_interview')];
    expect(ids(actionsFor(scenario('2026-11-20', events, weekPromise())))).not.toContain(
      'send_thanks',
    );
  });
  it('a casual interview uses thanks_after_casual, and state_intent when the user likes it', () => {
    const input = scenario('2026-11-20', [ev.interview('2026-11-20', 'casual')], [], {
      application: {
        id: 'a1',
        companyId: 'c1',
        route: 'direct',
        priority: 'first',
        createdAt: '2026-11-01T10:00:00+09:00',
      },
    });
    const a = byAction(actionsFor(input));
    expect(a.send_thanks?.template).toBe('thanks_after_casual');
    // Fri 11/20 + 2 business days: Mon 11/23 is 勤労感謝の日 → Tue 11/24, Wed 11/25.
    expect(a.state_intent?.window).toEqual({
      from: '2026-11-20',
      recommended: '2026-11-20',
      until: '2026-11-25',
    });
  });
});
