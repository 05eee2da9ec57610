import { describe, expect, it } from 'vitest';
import { findDates } from './find-dates.js';

describe('findDates', () => {
  it.each([
    [
      'a reply deadline',
      '日程のご都合を12月1日（火）までにご返信ください。',
      '2026-11-24',
      ['2026-12-01'],
    ],
    [
      'a submission deadline in slash form',
      '書類は11/30までにご提出をお願いいたします。',
      '2026-11-24',
      ['2026-11-30'],
    ],
    [
      'several dates, earliest first',
      '12月3日にご連絡します。\n11月27日までに書類をお送りください。',
      '2026-11-24',
      ['2026-11-27', '2026-12-03'],
    ],
    [
      'a business-day count from the day received',
      '3営業日以内にご返信ください。',
      '2026-11-20',
      ['2026-11-26'],
    ],
    [
      'a date without a year said in December is next year',
      '1月8日までにご回答ください。',
      '2026-12-20',
      ['2027-01-08'],
    ],
    ['nothing datable', '選考結果につきましては追ってご連絡いたします。', '2026-11-24', []],
    [
      'the user’s quoted words are not the company’s',
      '> 12月1日に伺います\n承知いたしました。',
      '2026-11-24',
      [],
    ],
  ])('%s', (_name, text, t0, expected) => {
    expect(findDates(text, t0)).toEqual(expected);
  });
});
