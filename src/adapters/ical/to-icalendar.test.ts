import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { computeToday } from '../../core/followup/index.js';
import {
  WEEK_READING,
  application,
  company,
  ev,
  promise,
} from '../../core/followup/testing/fixtures.js';
import { createTestCalendar } from '../../core/followup/testing/test-calendar.js';
import { toICalendar } from './to-icalendar.js';

// 「1週間以内」 on Fri 11/20, seen Wed 11/25: deadline 11/27, check and inquiry from Mon 11/30.
const input = {
  applications: [
    {
      application,
      company,
      events: [
        ev.interview('2026-11-20'),
        ev.promise('2026-11-20', '1週間以内にご連絡します'),
        ev.reflection('2026-11-20'),
      ],
      promises: [promise('2026-11-20', '1週間以内にご連絡します', WEEK_READING)],
      calendar: createTestCalendar(),
    },
  ],
};

function parse(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  return root.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
}

describe('toICalendar (parsed back with ical.js)', () => {
  const actions = computeToday(input, '2026-11-25').actions.flat();
  const text = toICalendar(actions, { name: '連絡', now: '2026-11-25T08:00:00+09:00' });

  it('writes all-day events with Japanese summaries, the company and the reason', () => {
    const events = parse(text);
    const rows = events.map((e) => [
      e.summary,
      e.startDate.toString(),
      e.endDate.toString(),
      e.startDate.isDate,
    ]);
    expect(rows).toEqual([
      ['【株式会社サンプル】結果連絡の期限', '2026-11-27', '2026-11-28', true],
      ['【株式会社サンプル】見落としがないか確認する', '2026-11-30', '2026-12-01', true],
      ['【株式会社サンプル】結果について問い合わせる', '2026-11-30', '2026-12-01', true],
      ['【株式会社サンプル】他社への応募を進める', '2026-11-25', '2026-11-26', true],
    ]);
    expect(events[2]?.description).toContain('11/28(土) は土曜日');
    expect(events[2]?.description).toContain('出典 / source: 003');
    expect(text).toContain('X-WR-TIMEZONE:Asia/Tokyo');
  });

  it('keeps UIDs stable per application + action, so re-export does not duplicate', () => {
    const later = toICalendar(computeToday(input, '2026-11-26').actions.flat(), {
      name: '連絡',
      now: '2026-11-26T08:00:00+09:00',
    });
    const uids = (t: string) => parse(t).map((e) => e.uid);
    expect(uids(text)).toEqual([
      'a1.deadline@renraku.local',
      'a1.check_missed@renraku.local',
      'a1.inquire@renraku.local',
      'a1.pipeline@renraku.local',
    ]);
    expect(uids(later)).toEqual(uids(text));
    // The deadline's text does not change from one day to the next.
    expect(parse(later)[0]?.description).toBe(parse(text)[0]?.description);
    expect(new Set(uids(text)).size).toBe(uids(text).length);
  });

  it('an inquiry whose recommended day is later spans acceptable → recommended', () => {
    const reading = {
      ...WEEK_READING,
      deadline: '2026-11-26',
      earliestInquiry: '2026-11-27',
      recommendedInquiry: '2026-11-30',
    };
    const one = {
      applications: [
        { ...input.applications[0]!, promises: [promise('2026-11-20', '3営業日以内', reading)] },
      ],
    };
    const events = parse(
      toICalendar(computeToday(one, '2026-11-27').actions.flat(), {
        name: '連絡',
        now: '2026-11-27T08:00:00+09:00',
      }),
    );
    const inquiry = events.find((e) => e.uid.startsWith('a1.inquire'));
    expect([inquiry?.startDate.toString(), inquiry?.endDate.toString()]).toEqual([
      '2026-11-27',
      '2026-12-01',
    ]);
  });
});
