import { describe, expect, it } from 'vitest';
import { actionsFor } from './actions-for.js';
import { byAction, ev, ids, promise, scenario, week, weekPromise } from './testing/fixtures.js';
import type { PromiseReading } from './types.js';

describe('wait: t0 … deadline, with the early reading', () => {
  it('on Wed 11/25 the wait shows the deadline and what to do meanwhile; the inquiry is upcoming', () => {
    const a = byAction(actionsFor(scenario('2026-11-25', week(), weekPromise())));
    expect(a.wait?.window).toEqual({ from: '2026-11-20', recommended: null, until: '2026-11-27' });
    expect(a.wait?.reason.ja).toContain('11/27(金)');
    expect(a.wait?.reason.ja).toContain('11/27(金) までは問い合わせずに待ちましょう');
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

describe('an interview with no words recorded is an unspecified promise', () => {
  it('interview Fri 11/20, nothing said: wait until 11/26, inquiry from 11/27, recommended 11/30', () => {
    const a = byAction(actionsFor(scenario('2026-11-24', [ev.interview('2026-11-20')])));
    expect(a.wait?.window).toEqual({ from: '2026-11-20', recommended: null, until: '2026-11-26' });
    expect(a.wait?.reason.ja).toContain('11/20(金) の面接では結果連絡の時期が記録されていません');
    expect(a.inquire?.window).toEqual({
      from: '2026-11-27',
      recommended: '2026-11-30',
      until: null,
    });
  });
  it('a second interview without words replaces the first promise', () => {
    const events = [
      ...week(),
      ev.message('2026-11-24', 'next_step'),
      ev.email('2026-11-24', 'reply_scheduling'),
      ev.interview('2026-12-01', 'interview_2'),
    ];
    const a = byAction(actionsFor(scenario('2026-12-02', events, weekPromise())));
    expect(a.wait?.window).toEqual({ from: '2026-12-01', recommended: null, until: '2026-12-07' });
    expect(a.send_thanks?.window.from).toBe('2026-12-01');
  });
});
