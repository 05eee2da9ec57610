import { describe, expect, it } from 'vitest';
import { daysBetween, formatJaDate, formatJaSlot, formatJaTime } from './format-date.js';

describe('formatJaDate', () => {
  it.each([
    ['2026-11-20', '2026-11-22', '11月20日（金）'], // 2026-11-20 is a Friday
    ['2026-11-23', undefined, '11月23日（月）'], // 勤労感謝の日, a Monday
    ['2027-01-05', '2026-12-20', '2027年1月5日（火）'], // another year: the year is written
    ['2026-11-20T23:30:00+09:00', '2026-11-20', '11月20日（金）'],
    ['2026-11-20T15:30:00Z', '2026-11-20', '11月21日（土）'], // 00:30 on the 21st in Tokyo
  ])('%s (today %s) → %s', (value, today, out) => {
    expect(formatJaDate(value, today)).toBe(out);
  });

  it('returns unreadable input as it is', () => {
    expect(formatJaDate('来週')).toBe('来週');
  });
});

describe('times and slots', () => {
  it('writes Tokyo time', () => {
    expect(formatJaTime('2026-12-03T01:00:00Z')).toBe('10:00');
    expect(formatJaTime('2026-12-03')).toBeNull();
  });

  it('writes a slot with its end', () => {
    expect(formatJaSlot('2026-12-03T10:00:00+09:00', '2026-12-03T11:00:00+09:00')).toBe(
      '12月3日（木）10:00〜11:00',
    );
  });

  it('counts days across a month end', () => {
    expect(daysBetween('2026-11-30', '2026-12-01')).toBe(1);
  });
});
