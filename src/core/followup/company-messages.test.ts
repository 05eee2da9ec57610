import { describe, expect, it } from 'vitest';
import { actionsFor } from './actions-for.js';
import { byAction, ev, ids, promise, scenario, week, weekPromise } from './testing/fixtures.js';
import type { PromiseReading } from './types.js';

describe('a status update with a new date moves the deadline', () => {
  it('選考状況のご連絡 on 11/27 with 「12月4日までに」 recorded as a new promise', () => {
    const reading: PromiseReading = {
      kind: 'date',
      passOnly: false,
      channel: null,
      ambiguous: false,
      deadline: '2026-12-04',
      earliestInquiry: '2026-12-07',
      recommendedInquiry: '2026-12-07',
      silentAfter: '2026-12-11',
    };
    const events = [
      ...week(),
      ev.message('2026-11-27T16:00:00+09:00', 'status_update', '選考状況のご連絡'),
      ev.promise('2026-11-27', '12月4日までにご連絡いたします', 'p2'),
    ];
    const promises = [
      ...weekPromise(),
      promise('2026-11-27', '12月4日までにご連絡いたします', reading, 'p2'),
    ];
    const a = byAction(actionsFor(scenario('2026-11-30', events, promises)));
    expect(a.wait?.window).toEqual({ from: '2026-11-27', recommended: null, until: '2026-12-04' });
    expect(a.inquire?.window.from).toBe('2026-12-07');
    expect(a.check_missed?.window.from).toBe('2026-12-07');
  });
  it('without a new promise, the clock restarts as unspecified from the message (t0+7 = 12/04)', () => {
    const events = [...week(), ev.message('2026-11-27T16:00:00+09:00', 'status_update')];
    const a = byAction(actionsFor(scenario('2026-11-30', events, weekPromise())));
    expect(a.wait?.window).toEqual({ from: '2026-11-27', recommended: null, until: '2026-12-03' });
    expect(a.inquire?.window).toEqual({
      from: '2026-12-04',
      recommended: '2026-12-07',
      until: null,
    });
  });
});

describe('a rejection closes the wait', () => {
  it('rejection Fri 11/27: no wait/inquire; reply_to_rejection (optional) + reflect', () => {
    const events = [
      ...week(),
      ev.reflection('2026-11-20'),
      ev.message('2026-11-27T10:00:00+09:00', 'rejection', '選考結果のご連絡'),
    ];
    const actions = actionsFor(scenario('2026-11-30', events, weekPromise()));
    expect(ids(actions)).toEqual(['reflect', 'reply_to_rejection']);
    const a = byAction(actions);
    // Fri 11/27 + 2 business days = Tue 12/01.
    expect(a.reply_to_rejection?.window).toEqual({
      from: '2026-11-27',
      recommended: '2026-11-27',
      until: '2026-12-01',
    });
    expect(a.reply_to_rejection?.optional).toBe(true);
    expect(a.reply_to_rejection?.template).toBe('reply_to_rejection');
    expect(a.reflect?.source).toBe('004');
  });
  it('reflect stays until a reflection note; reply_to_rejection lapses after 12/01', () => {
    const events = [...week(), ev.message('2026-11-27', 'rejection')];
    expect(ids(actionsFor(scenario('2026-12-02', events, weekPromise())))).toEqual(['reflect']);
    const noted = [...events, ev.reflection('2026-12-02')];
    expect(ids(actionsFor(scenario('2026-12-02', noted, weekPromise())))).toEqual([]);
  });
  it('reflect leaves the today list 14 days after the rejection (11/27 → last day 12/11)', () => {
    const events = [...week(), ev.message('2026-11-27', 'rejection')];
    const last = byAction(actionsFor(scenario('2026-12-11', events, weekPromise())));
    expect(last.reflect?.window.until).toBe('2026-12-11');
    expect(ids(actionsFor(scenario('2026-12-12', events, weekPromise())))).toEqual([]);
  });
});

describe('reply due dates', () => {
  it('scheduling message Tue 11/24 15:00 → due within 24 hours (11/25)', () => {
    const events = [
      ...week(),
      ev.message('2026-11-24T15:00:00+09:00', 'scheduling', '二次面接日程のご案内'),
    ];
    const a = byAction(actionsFor(scenario('2026-11-24', events, weekPromise())));
    expect(a.reply?.window).toEqual({
      from: '2026-11-24',
      recommended: '2026-11-24',
      until: '2026-11-25',
    });
    expect(a.reply?.reason.ja).toContain('11/25(水) 15:00 までに');
    expect(a.reply?.template).toBe('reply_scheduling');
    expect(a.wait).toBeUndefined();
  });
  it('document request with its own deadline 12/01 stays listed when late', () => {
    const msg = ev.message('2026-11-24T09:00:00+09:00', 'document_request');
    const input = scenario('2026-12-02', [...week(), msg], weekPromise(), {
      replyDeadlines: { [msg.type === 'message' ? msg.data.messageId : '']: '2026-12-01' },
    });
    const a = byAction(actionsFor(input));
    expect(a.reply?.window.until).toBe('2026-12-01');
    expect(a.reply?.template).toBe('reply_document_request');
  });
  it('answered by a reply email', () => {
    const events = [
      ...week(),
      ev.message('2026-11-24T15:00:00+09:00', 'scheduling'),
      ev.email('2026-11-24', 'reply_scheduling'),
    ];
    expect(ids(actionsFor(scenario('2026-11-25', events, weekPromise())))).not.toContain('reply');
  });
  it('a later company message settles the earlier request; the new one is owed', () => {
    const events = [
      ...week(),
      ev.message('2026-11-24T09:00:00+09:00', 'document_request'),
      ev.message('2026-11-26T11:00:00+09:00', 'next_step', '二次面接のご案内'),
    ];
    const replies = actionsFor(scenario('2026-11-26', events, weekPromise())).filter(
      (a) => a.action === 'reply',
    );
    expect(replies.map((a) => [a.window.until, a.template])).toEqual([
      ['2026-11-27', 'reply_scheduling'],
    ]);
  });
});
