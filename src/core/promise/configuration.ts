import { businessDaysParser } from './parsers/business-days-parser.js';
import { channelParser } from './parsers/channel-parser.js';
import { dayOfMonthParser } from './parsers/day-of-month-parser.js';
import { daysParser } from './parsers/days-parser.js';
import { idiomDaysParser } from './parsers/idiom-days-parser.js';
import { mixedRangeParser } from './parsers/mixed-range-parser.js';
import { monthDayParser } from './parsers/month-day-parser.js';
import { monthPeriodParser } from './parsers/month-period-parser.js';
import { monthsParser } from './parsers/months-parser.js';
import { passOnlyParser } from './parsers/pass-only-parser.js';
import { relativeDayParser } from './parsers/relative-day-parser.js';
import { relativeMonthDayParser } from './parsers/relative-month-day-parser.js';
import { slashDateParser } from './parsers/slash-date-parser.js';
import { unspecifiedParser } from './parsers/unspecified-parser.js';
import { weekPeriodParser } from './parsers/week-period-parser.js';
import { weekdayParser } from './parsers/weekday-parser.js';
import { weeksParser } from './parsers/weeks-parser.js';
import { yearPeriodParser } from './parsers/year-period-parser.js';
import type { PromiseParser } from './types.js';

export interface PromiseConfiguration {
  /** Time parsers; when two matches overlap, the one earlier in this list wins. */
  timeParsers: PromiseParser[];
  /** Flag parsers (who is told, by which channel, "no time said"); they never compete. */
  flagParsers: PromiseParser[];
}

/**
 * The Japanese grammar, assembled in order (chrono's createConfiguration).
 * @example parsePromise('合格者のみ、1週間以内にメールでご連絡します', createJaConfiguration())
 */
export function createJaConfiguration(): PromiseConfiguration {
  return {
    timeParsers: [
      // Before days/weeks/months: "1週間から10日" would otherwise be read as two pieces.
      mixedRangeParser,
      // Before days: "営業日で5日" and "土日祝を除いて3日" contain a plain "N日".
      businessDaysParser,
      // Before days: "11月7~10日" is a date range, not a count of 7 to 10 days.
      monthDayParser,
      slashDateParser,
      idiomDaysParser,
      // Before day-of-month: "3日中" and "10日以内" are counts, "27日まで" is not.
      daysParser,
      weeksParser,
      // Before month-period: "1か月" is a count, "1月中" a month.
      monthsParser,
      relativeDayParser,
      // Before month-period: "来月5日" is a date, "来月" alone a period.
      relativeMonthDayParser,
      // Before week-period: "来週の水曜日" is a date; "来週" alone a period.
      weekdayParser,
      weekPeriodParser,
      monthPeriodParser,
      yearPeriodParser,
      // Last: a bare day of the month is the weakest reading of "N日".
      dayOfMonthParser,
    ],
    flagParsers: [passOnlyParser, channelParser, unspecifiedParser],
  };
}
