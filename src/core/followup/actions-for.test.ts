import { describe, expect, it } from 'vitest';
import { actionsFor } from './actions-for.js';
import { WEEK_READING, ev, promise, scenario } from './testing/fixtures.js';
import type { Action, PromiseReading } from './types.js';

const byAction = (actions: Action[]) => Object.fromEntries(actions.map((a) => [a.action, a]));
const ids = (actions: Action[]) => actions.map((a) => a.action).sort();

// t0 Fri 2026-11-20, 「1週間以内にご連絡します」 → deadline Fri 11/27, earliest Mon 11/30
// (11/28 is a Saturday), recommended Mon 11/30, silentAfter Fri 12/04 (promises.md example).
const week = () => [
  ev.interview('2026-11-20'),
  ev.promise('2026-11-20', '1週間以内にご連絡します'),
];
const weekPromise = () => [promise('2026-11-20', '1週間以内にご連絡します', WEEK_READING)];

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

describe('wait: t0 … deadline, with the early reading', () => {
  it('on Wed 11/25 the wait shows the deadline and what to do meanwhile; the inquiry is upcoming', () => {
    const a = byAction(actionsFor(scenario('2026-11-25', week(), weekPromise())));
    expect(a.wait?.window).toEqual({ from: '2026-11-20', recommended: null, until: '2026-11-27' });
    expect(a.wait?.reason.ja).toContain('11/27(金)');
    expect(a.wait?.reason.ja).toContain('あと2日');
    expect(a.inquire?.window.from).toBe('2026-11-30');
    expect(a.check_missed?.window.from).toBe('2026-11-30');
    expect(a.move_on).toBeUndefined();
  });
  it('the last day of the wait is the deadline itself (Fri 11/27)', () => {
    expect(ids(actionsFor(scenario('2026-11-27', week(), weekPromise())))).toContain('wait');
    expect(ids(actionsFor(scenario('2026-11-28', week(), weekPromise())))).not.toContain('wait');
  });
  it('「3日以内」 shows the early reading: business deadline Thu 11/26, calendar Tue 11/24', () => {
    const reading: PromiseReading = {
      kind: 'days',
      passOnly: false,
      channel: null,
      ambiguous: true,
      deadline: '2026-11-26',
      earliestInquiry: '2026-11-27',
      recommendedInquiry: '2026-11-30',
      silentAfter: '2026-12-04',
      early: { deadline: '2026-11-24' },
    };
    const events = [ev.interview('2026-11-20'), ev.promise('2026-11-20', '3日以内にご連絡します')];
    const a = byAction(
      actionsFor(
        scenario('2026-11-23', events, [promise('2026-11-20', '3日以内にご連絡します', reading)]),
      ),
    );
    expect(a.wait?.reason.ja).toContain('早い読み方では 11/24(火)');
  });
});

describe('deadline on a holiday / the year-end closure', () => {
  it('t0 Wed 12/23 「1週間以内」: 12/30 is closed → deadline Mon 2027-01-04, inquiry Tue 01/05', () => {
    const reading: PromiseReading = {
      kind: 'weeks',
      passOnly: false,
      channel: null,
      ambiguous: false,
      deadline: '2027-01-04',
      earliestInquiry: null,
      recommendedInquiry: null,
      silentAfter: null,
    };
    const events = [ev.interview('2026-12-23'), ev.promise('2026-12-23', '1週間以内に')];
    const a = byAction(
      actionsFor(scenario('2027-01-05', events, [promise('2026-12-23', '1週間以内に', reading)])),
    );
    // Dates the reading left null are computed with the spec's formulas.
    expect(a.inquire?.window).toEqual({
      from: '2027-01-05',
      recommended: '2027-01-07',
      until: null,
    });
    expect(a.check_missed?.window.from).toBe('2027-01-05');
  });
  it('the spec example explains the Saturday: 「8日目の 11/28(土) は土曜日のため…11/30(月)」', () => {
    const a = byAction(actionsFor(scenario('2026-11-30', week(), weekPromise())));
    expect(a.inquire?.reason.ja).toContain(
      '8日目の 11/28(土) は土曜日のため、問い合わせは 11/30(月) 以降が適切です',
    );
    expect(a.inquire?.reason.ja).toContain('連絡期限 11/27(金)');
  });
});

describe('check_missed and the inquiry window', () => {
  it('Mon 11/30: check_missed first, then inquire (acceptable and recommended both 11/30)', () => {
    const actions = actionsFor(scenario('2026-11-30', week(), weekPromise()));
    const a = byAction(actions);
    expect(a.check_missed?.window).toEqual({
      from: '2026-11-30',
      recommended: '2026-11-30',
      until: '2026-12-03',
    });
    expect(a.inquire?.window).toEqual({
      from: '2026-11-30',
      recommended: '2026-11-30',
      until: null,
    });
    expect(a.inquire?.template).toBe('inquiry_result');
    expect(a.inquire?.source).toBe('003');
  });
  it('acceptable before recommended: 「3営業日以内」 from Fri 11/20 → Thu 11/26; from Fri 11/27, recommended Mon 11/30', () => {
    const reading: PromiseReading = {
      kind: 'business_days',
      passOnly: false,
      channel: 'phone',
      ambiguous: false,
      deadline: '2026-11-26',
      earliestInquiry: '2026-11-27',
      recommendedInquiry: '2026-11-30',
      silentAfter: '2026-12-04',
    };
    const events = [
      ev.interview('2026-11-20'),
      ev.promise('2026-11-20', '3営業日以内にお電話します'),
    ];
    const a = byAction(
      actionsFor(
        scenario('2026-11-27', events, [
          promise('2026-11-20', '3営業日以内にお電話します', reading),
        ]),
      ),
    );
    expect(a.inquire?.window).toEqual({
      from: '2026-11-27',
      recommended: '2026-11-30',
      until: null,
    });
    expect(a.inquire?.template).toBe('phone_basic');
  });
  it('check_missed disappears after an inquiry, and with a 見落とし確認済 note', () => {
    const inquired = [...week(), ev.email('2026-11-30', 'inquiry_result')];
    expect(ids(actionsFor(scenario('2026-12-01', inquired, weekPromise())))).not.toContain(
      'check_missed',
    );
    const checked = [...week(), ev.note('2026-11-30', '見落とし確認済: 迷惑メールなし')];
    expect(ids(actionsFor(scenario('2026-11-30', checked, weekPromise())))).not.toContain(
      'check_missed',
    );
  });
  it('unspecified 「後日ご連絡します」 uses t0+7 / t0+10 / t0+14', () => {
    const reading: PromiseReading = {
      kind: 'unspecified',
      passOnly: false,
      channel: null,
      ambiguous: false,
      deadline: null,
      earliestInquiry: null,
      recommendedInquiry: null,
      silentAfter: null,
    };
    const events = [ev.interview('2026-11-20'), ev.promise('2026-11-20', '後日ご連絡します')];
    const input = (today: string) =>
      scenario(today, events, [promise('2026-11-20', '後日ご連絡します', reading)]);
    const a = byAction(actionsFor(input('2026-11-24')));
    expect(a.wait?.window).toEqual({ from: '2026-11-20', recommended: null, until: '2026-11-26' });
    // 11/27 = t0 + 7 (Fri, business day); 11/30 = t0 + 10 (Mon).
    expect(a.inquire?.window).toEqual({
      from: '2026-11-27',
      recommended: '2026-11-30',
      until: null,
    });
    expect(byAction(actionsFor(input('2026-12-04'))).move_on?.window.from).toBe('2026-12-04');
  });
});

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
});

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
