import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBusinessDay } from '../calendar/business-day.js';
import type { CalendarConfig } from '../calendar/calendar-config.js';
import { addDays, toDayNumber, toIso } from '../calendar/civil-date.js';
import { computeDates } from './compute-dates.js';
import { parsePromise } from './parse-promise.js';
import { readPromise } from './read-promise.js';

const dateArb = fc
  .integer({ min: toDayNumber('2024-01-01'), max: toDayNumber('2034-12-31') })
  .map(toIso);
const calendarArb: fc.Arbitrary<CalendarConfig> = fc.record({
  closedWeekdays: fc.uniqueArray(fc.integer({ min: 1, max: 5 }), { maxLength: 3 }),
  closedDates: fc.array(dateArb, { maxLength: 5 }),
  obon: fc.boolean(),
  yearEnd: fc.boolean(),
});
const PHRASES = [
  '{n}日以内にご連絡します',
  '{n}営業日以内に',
  '{n}週間以内',
  '{n}か月以内に',
  '今週中に',
  '来週中に',
  '来週前半',
  '週明けに',
  '今月中に',
  '来月上旬',
  '来月中旬',
  '来月下旬',
  '年内に',
  '水曜日までに',
  '来週の金曜日',
  '11月27日までに',
  '27日までに',
  '明日',
  '後日',
];
const textArb = fc
  .tuple(fc.constantFrom(...PHRASES), fc.integer({ min: 1, max: 12 }), fc.boolean())
  .map(([p, n, passOnly]) => `${passOnly ? '合格者のみ、' : ''}${p.replace('{n}', String(n))}`);

describe('date rules hold for every phrase, t0 and calendar', () => {
  it('deadline ≥ t0 and is a business day; earliestInquiry > deadline; silentAfter rule', () => {
    fc.assert(
      fc.property(textArb, dateArb, calendarArb, (text, t0, cal) => {
        const d = computeDates(parsePromise(text), t0, cal);
        expect(d.kind).not.toBe('unparsed');
        if (d.deadline === null) {
          expect(d.kind).toBe('unspecified');
          expect(d.silentAfter).toBe(addDays(t0, 14));
          return;
        }
        expect(d.deadline >= t0).toBe(true);
        expect(isBusinessDay(d.deadline, cal)).toBe(true);
        if (d.passOnly) {
          expect(d.earliestInquiry).toBeNull();
          expect(d.recommendedInquiry).toBeNull();
          expect(d.silentAfter! > d.deadline).toBe(true);
          expect(isBusinessDay(d.silentAfter!, cal)).toBe(true);
        } else {
          expect(d.earliestInquiry! > d.deadline).toBe(true);
          expect(isBusinessDay(d.earliestInquiry!, cal)).toBe(true);
          expect(isBusinessDay(d.recommendedInquiry!, cal)).toBe(true);
          expect(d.recommendedInquiry! >= d.earliestInquiry!).toBe(true);
          const later = [addDays(d.deadline, 7), addDays(t0, 14)].sort()[1];
          expect(d.silentAfter).toBe(later);
        }
        if (d.ambiguous) expect(d.earlyDeadline! <= d.deadline).toBe(true);
      }),
    );
  });

  it('full-width and kanji numerals read like ASCII digits', () => {
    const KANJI = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), dateArb, (n, t0) => {
        const wide = String(n).replace(/\d/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
        const ascii = computeDates(parsePromise(`${n}週間以内`), t0, DEFAULT);
        expect(computeDates(parsePromise(`${wide}週間以内`), t0, DEFAULT)).toEqual({
          ...ascii,
          span: { ...ascii.span!, text: `${wide}週間以内` },
        });
        expect(computeDates(parsePromise(`${KANJI[n - 1]}週間以内`), t0, DEFAULT).deadline).toBe(
          ascii.deadline,
        );
      }),
    );
  });
});

const DEFAULT: CalendarConfig = { closedWeekdays: [], closedDates: [], obon: false, yearEnd: true };

describe('malformed input never crashes', () => {
  it('readPromise returns a value for any text, t0 and calendar', () => {
    const textArb = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.string({ unit: 'grapheme', maxLength: 60 }),
      fc
        .array(
          fc.constantFrom(
            '1',
            '３',
            '十',
            '日',
            '週間',
            '月',
            '以内',
            '営業',
            '来週',
            '(',
            '水',
            '~',
            '、',
            'から',
            '合格者のみ',
          ),
          { maxLength: 12 },
        )
        .map((a) => a.join('')),
    );
    const anyCalendar: fc.Arbitrary<CalendarConfig> = fc.record({
      closedWeekdays: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 7 }),
      closedDates: fc.array(dateArb, { maxLength: 3 }),
      obon: fc.boolean(),
      yearEnd: fc.boolean(),
    });
    fc.assert(
      fc.property(textArb, fc.oneof(dateArb, fc.string()), anyCalendar, (text, t0, cal) => {
        const r = readPromise(text, t0, cal);
        expect(typeof r.kind).toBe('string');
        if (r.kind === 'unparsed') expect(r.deadline).toBeNull();
      }),
      { numRuns: 500 },
    );
  });
});
