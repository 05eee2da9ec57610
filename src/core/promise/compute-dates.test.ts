import { describe, expect, it } from 'vitest';
import { type CalendarConfig, DEFAULT_CALENDAR } from '../calendar/calendar-config.js';
import { computeDates } from './compute-dates.js';
import { parsePromise } from './parse-promise.js';
import { readPromise } from './read-promise.js';

const read = (text: string, t0: string, cal: CalendarConfig = DEFAULT_CALENDAR) =>
  computeDates(parsePromise(text), t0, cal);

describe("the spec's worked examples (spec/promises.md, Examples)", () => {
  it('t0 Fri 2026-11-20, 1週間以内 → Fri 11/27; the 8th day 11/28 is a Saturday', () => {
    expect(read('1週間以内にご連絡します', '2026-11-20')).toMatchObject({
      kind: 'weeks',
      deadline: '2026-11-27',
      earliestInquiry: '2026-11-30',
      recommendedInquiry: '2026-11-30',
      silentAfter: '2026-12-04',
    });
  });

  it('t0 Fri 2026-11-20, 3日以内 → early Tue 11/24 (11/23 勤労感謝の日), deadline Thu 11/26', () => {
    expect(read('3日以内に', '2026-11-20')).toMatchObject({
      kind: 'days',
      ambiguous: true,
      earlyDeadline: '2026-11-24',
      deadline: '2026-11-26',
    });
  });

  it('t0 Wed 2026-12-23, 1週間以内 → 12/30 is in 年末年始 → Mon 2027-01-04', () => {
    expect(read('1週間以内', '2026-12-23').deadline).toBe('2027-01-04');
  });
});

describe('the four dates', () => {
  it('passOnly: no inquiry dates, silent two business days after the deadline', () => {
    // deadline Fri 11/27; +2 business days: Mon 11/30, Tue 12/1
    expect(read('合格者のみ、1週間以内にメールでご連絡します', '2026-11-20')).toMatchObject({
      passOnly: true,
      channel: 'email',
      deadline: '2026-11-27',
      earliestInquiry: null,
      recommendedInquiry: null,
      silentAfter: '2026-12-01',
    });
  });

  it('unspecified: t0+7 and t0+10 rolled, silent at t0+14', () => {
    // 11/27 Fri; 11/30 Mon; 12/04
    expect(read('後日ご連絡します', '2026-11-20')).toMatchObject({
      kind: 'unspecified',
      deadline: null,
      earliestInquiry: '2026-11-27',
      recommendedInquiry: '2026-11-30',
      silentAfter: '2026-12-04',
    });
  });

  it('several pieces: the latest deadline wins', () => {
    expect(read('1週間、遅くとも10日以内に', '2026-11-20')).toMatchObject({
      kind: 'days',
      deadline: '2026-11-30',
    });
  });

  it('a weekday contradicting the date is flagged and the later date used', () => {
    // 2026-12-01 is a Tuesday; the nearest Wednesday is 12/2
    expect(read('12月1日（水）までに', '2026-11-20')).toMatchObject({
      kind: 'date',
      inconsistent: true,
      deadline: '2026-12-02',
    });
  });

  it('year rollover: 1月8日 said on 12/20 is next year', () => {
    expect(read('1月8日までに', '2026-12-20').deadline).toBe('2027-01-08');
  });

  it('accepts an ISO date-time and takes its Asia/Tokyo date', () => {
    // 2026-11-19T20:00-08:00 is 2026-11-20 13:00 in Tokyo
    expect(read('1週間以内', '2026-11-19T20:00:00-08:00').deadline).toBe('2026-11-27');
  });

  it('rejects an unreadable t0', () => {
    expect(() => read('1週間以内', 'tomorrow')).toThrow(RangeError);
    expect(readPromise('1週間以内', 'tomorrow', DEFAULT_CALENDAR)).toMatchObject({
      kind: 'unparsed',
      deadline: null,
    });
  });
});

describe('explanations', () => {
  it('names the rule, the calendar fact and the seed', () => {
    const e = readPromise('1週間以内にご連絡します', '2026-11-20', DEFAULT_CALENDAR).explanation;
    expect(e.ja).toContain('11月27日（金）');
    expect(e.ja).toContain('8日目の 11月28日（土）は土曜日');
    expect(e.ja).toContain('11月30日（月） 以降が適切です（出典: 003）');
    expect(e.en).toContain('Sat Nov 28');
    expect(e.sources).toEqual(['000', '002', '003']);
  });

  it('names the holiday that moved a deadline', () => {
    const e = readPromise('3日以内', '2026-11-20', DEFAULT_CALENDAR).explanation;
    expect(e.ja).toContain('勤労感謝の日');
    expect(e.earlyDeadline).toBe('2026-11-24');
  });

  it('says which date the weekday contradicts', () => {
    const e = readPromise('12月1日（水）までに', '2026-11-20', DEFAULT_CALENDAR).explanation;
    expect(e.inconsistent).toBe(true);
    expect(e.ja).toContain('12月1日（火）と書かれた曜日が食い違うため、遅い方の 12月2日（水）');
  });

  it('says why it cannot read, and guesses nothing', () => {
    const r = readPromise('年明けにご連絡します', '2026-11-20', DEFAULT_CALENDAR);
    expect(r.error).toContain('年明け');
    expect(r.explanation.ja).toContain('期限は推測しません');
    expect(r.explanation.sources).toEqual([]);
  });

  it('names the year-end closure', () => {
    const e = readPromise('1週間以内', '2026-12-23', DEFAULT_CALENDAR).explanation;
    expect(e.ja).toContain('年末年始休業');
    expect(e.ja).toContain('2027年1月4日（月）');
  });
});

describe('day zero', () => {
  it.each([
    ['2026-11-20', '2026-11-27'],
    ['2026-11-20T14:00', '2026-11-27'], // no offset: already Tokyo time
    ['2026-11-20T23:30:00+09:00', '2026-11-27'],
    ['2026-11-20T15:30:00Z', '2026-11-30'], // Sat 11/21 00:30 in Tokyo; +7 = Sat 11/28 → Mon 11/30
  ])('%s', (t0, deadline) => {
    expect(read('1週間以内', t0).deadline).toBe(deadline);
  });

  it.each([['11/20'], ['2026/11/20'], ['2026-11-31'], ['now']])('rejects %s', (t0) => {
    expect(() => read('1週間以内', t0)).toThrow(RangeError);
  });
});
