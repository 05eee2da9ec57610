import { describe, expect, it } from 'vitest';
import { deriveStatus } from '../application/status.js';
import { funnel } from './funnel.js';
import { WEEK_READING, ev, promise, scenario } from './testing/fixtures.js';
import { applicationTimeline } from './timeline.js';

describe('applicationTimeline', () => {
  it('「1週間以内」 on Fri 11/20, seen Tue 12/01 after an inquiry on 11/30', () => {
    const events = [
      ev.interview('2026-11-20'),
      ev.promise('2026-11-20', '1週間以内に'),
      ev.email('2026-11-30', 'inquiry_result'),
    ];
    const t = applicationTimeline(
      scenario('2026-12-01', events, [promise('2026-11-20', '1週間以内に', WEEK_READING)]),
    );
    expect(t.spans.map((s) => [s.kind, s.from, s.to])).toEqual([
      ['wait', '2026-11-20', '2026-11-27'],
      ['inquiry_window', '2026-11-30', '2026-12-03'],
      ['silence', '2026-12-04', '2026-12-04'],
    ]);
    expect(t.markers.map((m) => [m.date, m.kind])).toEqual([
      ['2026-11-20', 'event'],
      ['2026-11-20', 'interview'],
      ['2026-11-27', 'deadline'],
      ['2026-11-30', 'earliest_inquiry'],
      ['2026-11-30', 'event'],
      ['2026-11-30', 'recommended_inquiry'],
      ['2026-12-01', 'today'],
      ['2026-12-04', 'silent_after'],
    ]);
    expect(t.range).toEqual({ from: '2026-11-20', to: '2026-12-04' });
  });
});

describe('funnel', () => {
  it('counts active by stage, outcomes, and how many reached each stage', () => {
    const f = funnel([
      deriveStatus([ev.interview('2026-11-20', 'interview_1')]),
      deriveStatus([
        ev.interview('2026-11-10', 'interview_2'),
        ev.status('2026-11-20', 'rejected'),
      ]),
      deriveStatus([ev.interview('2026-11-10', 'casual')]),
      deriveStatus([]),
    ]);
    expect(f.total).toBe(4);
    expect(f.active).toBe(3);
    expect(f.unstaged).toBe(1);
    expect(f.byStage.interview_1).toBe(1);
    expect(f.byStage.interview_2).toBe(0);
    expect(f.byOutcome.rejected).toBe(1);
    expect(f.reached.casual).toBe(3);
    expect(f.reached.interview_1).toBe(2);
    expect(f.reached.interview_2).toBe(1);
    expect(f.reached.final).toBe(0);
  });
});
