import { describe, expect, it } from 'vitest';
import type { Application } from '../domain/entities.js';
import { computeToday } from './compute-today.js';
import { WEEK_READING, application, company, ev, promise } from './testing/fixtures.js';
import { createTestCalendar } from './testing/test-calendar.js';
import { todayList } from './today-list.js';
import type { Action, ActionId } from './types.js';

const calendar = createTestCalendar();
const app = (id: string, createdAt = '2026-11-01T10:00:00+09:00'): Application => ({
  ...application,
  id,
  createdAt,
});

const mk = (
  applicationId: string,
  companyName: string,
  action: ActionId,
  from: string,
  until: string | null = null,
): Action => ({
  id: `${applicationId}:${action}`,
  applicationId,
  company: companyName,
  action,
  window: { from, recommended: from, until },
  reason: { ja: '理由', en: 'why' },
  source: '003',
  rule: action,
  template: null,
  optional: false,
});

describe('todayList: now / upcoming / waiting, deterministic order', () => {
  it('sorts by date, priority, company, id and files waits apart', () => {
    const list = todayList(
      [
        [
          mk('b', 'B社', 'inquire', '2026-11-30'),
          mk('b', 'B社', 'wait', '2026-11-20', '2026-12-02'),
        ],
        [
          mk('a', 'A社', 'inquire', '2026-11-30'),
          mk('a', 'A社', 'reply', '2026-11-30', '2026-12-01'),
        ],
        [
          mk('c', 'C社', 'reflect', '2026-11-20'),
          mk('c', 'C社', 'inquire', '2026-12-03'),
          mk('c', 'C社', 'wait', '2026-11-25', '2026-11-30'),
        ],
      ],
      '2026-11-30',
    );
    // Due by a date first (the reply, until 12/01), then open-ended ones by priority.
    expect(list.now.map((a) => a.id)).toEqual(['a:reply', 'a:inquire', 'b:inquire', 'c:reflect']);
    expect(list.upcoming.map((a) => a.id)).toEqual(['c:inquire']);
    expect(list.waiting.map((w) => [w.action.id, w.daysLeft])).toEqual([
      ['c:wait', 0],
      ['b:wait', 2],
    ]);
  });
  it('keeps one pipeline action', () => {
    const list = todayList(
      [[mk('a', 'A社', 'pipeline', '2026-11-30')], [mk('b', 'B社', 'pipeline', '2026-11-30')]],
      '2026-11-30',
    );
    expect(list.now.map((a) => a.id)).toEqual(['a:pipeline']);
  });
});

describe('computeToday and the today --json items', () => {
  const week = (appId: string, t0: string, extra: ReturnType<typeof ev.email>[] = []) => ({
    application: app(appId),
    company: { ...company, id: `c-${appId}`, name: `株式会社${appId}` },
    events: [
      ev.interview(t0),
      ev.promise(t0, '1週間以内にご連絡します', `p-${appId}`),
      ev.reflection(t0),
      ...extra,
    ],
    promises: [promise(t0, '1週間以内にご連絡します', WEEK_READING, `p-${appId}`)],
    calendar,
  });
  it('2026-11-30: inquiry due for the 11/20 interview; the 11/25 one is waiting', () => {
    const later = {
      ...week('b', '2026-11-25'),
      promises: [
        promise(
          '2026-11-25',
          '1週間以内にご連絡します',
          {
            ...WEEK_READING,
            deadline: '2026-12-02',
            earliestInquiry: '2026-12-03',
            recommendedInquiry: '2026-12-07',
            silentAfter: '2026-12-09',
          },
          'p-b',
        ),
      ],
    };
    const r = computeToday({ applications: [week('a', '2026-11-20'), later] }, '2026-11-30');
    expect(r.pipeline).toEqual({ activeCount: 2, waitingCount: 2 });
    expect(r.items.map((i) => [i.applicationId, i.action])).toEqual([
      ['b', 'wait'],
      ['a', 'check_missed'],
      ['a', 'inquire'],
      // The pipeline action hangs on the newest application (same createdAt → higher id).
      ['b', 'pipeline'],
    ]);
    expect(r.items[2]).toEqual({
      applicationId: 'a',
      company: '株式会社a',
      action: 'inquire',
      from: '2026-11-30',
      recommended: '2026-11-30',
      reason: expect.stringContaining('11/30(月)'),
      source: '003',
    });
    expect(r.items[0]?.until).toBe('2026-12-02');
    expect(r.items[1]).not.toHaveProperty('until');
  });
  it('no pipeline with 3 active applications, one not waiting', () => {
    const done = {
      ...week('c', '2026-11-20', [
        ev.message('2026-11-26', 'next_step'),
        ev.email('2026-11-26', 'reply_scheduling'),
      ]),
    };
    const r = computeToday(
      { applications: [week('a', '2026-11-20'), week('b', '2026-11-20'), done] },
      '2026-11-30',
    );
    expect(r.pipeline).toEqual({ activeCount: 3, waitingCount: 2 });
    expect(r.items.some((i) => i.action === 'pipeline')).toBe(false);
  });
  it('is deterministic whatever the input order', () => {
    const apps = [week('a', '2026-11-20'), week('b', '2026-11-20'), week('c', '2026-11-19')];
    const x = computeToday({ applications: apps }, '2026-11-30').items;
    const y = computeToday({ applications: [...apps].reverse() }, '2026-11-30').items;
    expect(y).toEqual(x);
  });
});
