import { describe, expect, it } from 'vitest';
import { DEFAULT_BUSINESS_HOURS } from '../../calendar/calendar-config.js';
import { WEEK_READING, ev, promise, scenario } from '../testing/fixtures.js';
import { createTestCalendar } from '../testing/test-calendar.js';
import { type ContactState, checkContact, contactStateFor } from './check-contact.js';
import { nextContactSlot } from './next-contact-slot.js';

const cal = createTestCalendar();
const H = DEFAULT_BUSINESS_HOURS;

describe('nextContactSlot (Asia/Tokyo, 9:00–18:00)', () => {
  const cases: [string, 'email' | 'phone', string, string][] = [
    // Fri 11/27 17:50 is inside hours but in the last 30 minutes: the mail waits for Mon 10:00.
    [
      'Friday 17:50 email → Monday 10:00',
      'email',
      '2026-11-27T17:50:00+09:00',
      '2026-11-30T10:00:00+09:00',
    ],
    [
      'Fri 11/20 17:50 email → Tue 11/24 (Mon 11/23 勤労感謝の日)',
      'email',
      '2026-11-20T17:50:00+09:00',
      '2026-11-24T10:00:00+09:00',
    ],
    [
      'email 09:10 → 10:00 the same day',
      'email',
      '2026-11-30T09:10:00+09:00',
      '2026-11-30T10:00:00+09:00',
    ],
    ['email 14:05 → now', 'email', '2026-11-30T14:05:00+09:00', '2026-11-30T14:05:00+09:00'],
    [
      'email Saturday → Monday 10:00',
      'email',
      '2026-11-28T11:00:00+09:00',
      '2026-11-30T10:00:00+09:00',
    ],
    [
      'email 12/28 19:00 → after the year-end closure, Mon 2027-01-04 10:00',
      'email',
      '2026-12-28T19:00:00+09:00',
      '2027-01-04T10:00:00+09:00',
    ],
    ['phone 12:15 → 13:00', 'phone', '2026-11-30T12:15:00+09:00', '2026-11-30T13:00:00+09:00'],
    ['phone 9:10 → 9:30', 'phone', '2026-11-30T09:10:00+09:00', '2026-11-30T09:30:00+09:00'],
    [
      'phone 17:40 → next business day 9:30',
      'phone',
      '2026-11-30T17:40:00+09:00',
      '2026-12-01T09:30:00+09:00',
    ],
    ['phone 10:00 → now', 'phone', '2026-11-30T10:00:00+09:00', '2026-11-30T10:00:00+09:00'],
    [
      'a UTC instant is read in Tokyo: 03:15Z = 12:15 JST → 13:00',
      'phone',
      '2026-11-30T03:15:00Z',
      '2026-11-30T13:00:00+09:00',
    ],
  ];
  for (const [name, medium, at, expected] of cases)
    it(name, () => expect(nextContactSlot(at, H, cal, medium)).toBe(expected));
  it('respects the company hours (10:00–19:00 phone → 10:30)', () => {
    expect(
      nextContactSlot('2026-11-30T09:00:00+09:00', { open: '10:00', close: '19:00' }, cal, 'phone'),
    ).toBe('2026-11-30T10:30:00+09:00');
  });
});

describe('checkContact', () => {
  const waiting: ContactState = {
    deadline: '2026-11-27',
    earliestInquiry: '2026-11-30',
    reinquiryFrom: null,
    inquiriesMade: 0,
    passOnly: false,
    silentAfter: '2026-12-04',
  };
  const inquire = { action: 'inquire' as const };
  it('inquiring on Fri 11/27 is early: says why and when it becomes fine', () => {
    const r = checkContact(inquire, waiting, '2026-11-27T11:00:00+09:00', H, cal);
    expect(r.status).toBe('warning');
    expect(r.warnings.map((w) => w.code)).toEqual(['too_early']);
    expect(r.warnings[0]?.fineFrom).toBe('2026-11-30');
    expect(r.warnings[0]?.reason.ja).toContain('11/30(月) から問い合わせできます');
    expect(r.warnings[0]?.reason.ja).toContain('11/27(金)');
  });
  it('Mon 11/30 11:00 is fine', () => {
    expect(checkContact(inquire, waiting, '2026-11-30T11:00:00+09:00', H, cal)).toEqual({
      status: 'ok',
      warnings: [],
      suggestedAt: null,
    });
  });
  it('a second inquiry before the 3rd business day; fine on it', () => {
    const s = { ...waiting, inquiriesMade: 1, reinquiryFrom: '2026-12-03' };
    const early = checkContact({ action: 'reinquire' }, s, '2026-12-02T11:00:00+09:00', H, cal);
    expect(early.warnings.map((w) => w.code)).toEqual(['second_too_early']);
    expect(early.warnings[0]?.fineFrom).toBe('2026-12-03');
    expect(
      checkContact({ action: 'reinquire' }, s, '2026-12-03T11:00:00+09:00', H, cal).status,
    ).toBe('ok');
  });
  it('a third inquiry at all', () => {
    const s = { ...waiting, inquiriesMade: 2, reinquiryFrom: '2026-12-03' };
    const r = checkContact(inquire, s, '2026-12-10T11:00:00+09:00', H, cal);
    expect(r.warnings.map((w) => w.code)).toEqual(['third_inquiry']);
  });
  it('a pass-only promise: no inquiry', () => {
    const s = { ...waiting, passOnly: true, earliestInquiry: null };
    expect(checkContact(inquire, s, '2026-11-30T11:00:00+09:00', H, cal).warnings[0]?.code).toBe(
      'pass_only',
    );
  });
  it('outside hours: the next slot is suggested', () => {
    const r = checkContact(inquire, waiting, '2026-11-30T20:00:00+09:00', H, cal);
    expect(r.warnings.map((w) => w.code)).toEqual(['outside_hours']);
    expect(r.suggestedAt).toBe('2026-12-01T10:00:00+09:00');
  });
  it('a phone call at lunch time is a poor slot', () => {
    const r = checkContact(
      { action: 'reply', medium: 'phone' },
      waiting,
      '2026-11-30T12:15:00+09:00',
      H,
      cal,
    );
    expect(r.warnings.map((w) => w.code)).toEqual(['poor_phone_time']);
    expect(r.suggestedAt).toBe('2026-11-30T13:00:00+09:00');
  });
  it('contactStateFor reads the timeline: one inquiry on Mon 11/30 → re-inquiry from Thu 12/03', () => {
    const events = [
      ev.interview('2026-11-20'),
      ev.promise('2026-11-20', '1週間以内に'),
      ev.email('2026-11-30', 'inquiry_result'),
    ];
    const s = contactStateFor(
      scenario('2026-12-01', events, [promise('2026-11-20', '1週間以内に', WEEK_READING)]),
    );
    expect(s).toEqual({
      deadline: '2026-11-27',
      earliestInquiry: '2026-11-30',
      reinquiryFrom: '2026-12-03',
      inquiriesMade: 1,
      passOnly: false,
      silentAfter: '2026-12-04',
    });
  });
  it('a thank-you email goes out the same evening (当日中), not at the next business slot', () => {
    const thanks = { action: 'send_thanks' as const };
    expect(checkContact(thanks, waiting, '2026-11-20T19:30:00+09:00', H, cal).status).toBe('ok');
    const late = checkContact(thanks, waiting, '2026-11-20T23:10:00+09:00', H, cal);
    expect(late.warnings.map((w) => w.code)).toEqual(['outside_hours']);
    // The next morning, Sat 11/21 10:00: still the thank-you window (「昨日は…」), even though
    // the next business slot would be Tue 11/24 (Mon 11/23 is 勤労感謝の日).
    expect(late.suggestedAt).toBe('2026-11-21T10:00:00+09:00');
  });
});
