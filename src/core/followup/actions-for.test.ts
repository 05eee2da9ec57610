import { describe, expect, it } from 'vitest';
import { actionsFor } from './actions-for.js';
import { byAction, ev, ids, scenario, week, weekPromise } from './testing/fixtures.js';

describe('prepare, reflect and pipeline', () => {
  it('a scheduled interview Thu 12/03 → prepare, recommended the day before', () => {
    const events = [
      ...week(),
      ev.message('2026-11-26', 'next_step'),
      ev.email('2026-11-26', 'reply_scheduling'),
      { ...ev.interview('2026-12-03', 'interview_2'), recordedAt: '2026-11-26T12:00:00+09:00' },
    ];
    const a = byAction(actionsFor(scenario('2026-11-30', events, weekPromise())));
    expect(a.prepare?.window).toEqual({
      from: '2026-11-26',
      recommended: '2026-12-02',
      until: '2026-12-03',
    });
    expect(a.wait).toBeUndefined();
    expect(a.inquire).toBeUndefined();
  });
  it('reflect after an interview, gone after a reflection note', () => {
    expect(
      byAction(actionsFor(scenario('2026-11-21', week(), weekPromise()))).reflect?.window.from,
    ).toBe('2026-11-20');
    const noted = [...week(), ev.reflection('2026-11-21')];
    expect(ids(actionsFor(scenario('2026-11-21', noted, weekPromise())))).not.toContain('reflect');
  });
  const pipe = [
    { activeCount: 2, waitingCount: 0, expected: true },
    { activeCount: 4, waitingCount: 4, expected: true },
    { activeCount: 4, waitingCount: 3, expected: false },
  ];
  for (const p of pipe)
    it(`pipeline with ${p.activeCount} active, ${p.waitingCount} waiting → ${p.expected}`, () => {
      const input = scenario('2026-11-25', week(), weekPromise(), {
        pipeline: { activeCount: p.activeCount, waitingCount: p.waitingCount },
      });
      expect(ids(actionsFor(input)).includes('pipeline')).toBe(p.expected);
    });
});

describe('every action says why', () => {
  it('has ja/en reasons, a source seed, a rule and a stable id', () => {
    const actions = actionsFor(
      scenario('2026-11-30', week(), weekPromise(), {
        pipeline: { activeCount: 1, waitingCount: 1 },
      }),
    );
    for (const a of actions) {
      expect(a.reason.ja.length).toBeGreaterThan(10);
      expect(a.reason.en.length).toBeGreaterThan(10);
      expect(['000', '001', '002', '003', '004']).toContain(a.source);
      expect(a.id).toBe(`a1:${a.action}`);
      expect(a.applicationId).toBe('a1');
      expect(a.company).toBe('株式会社サンプル');
    }
  });
});
