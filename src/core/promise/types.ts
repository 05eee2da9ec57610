import type { IsoDate } from '../domain/dates.js';

/** Kinds of promise (spec/promises.md, "Kinds of promise and their deadline"). */
export type DurationKind = 'days' | 'weeks' | 'months' | 'business_days';
export type PromiseKind = DurationKind | 'date' | 'period' | 'unspecified' | 'unparsed';
export type Channel = 'email' | 'phone' | 'portal';

export interface Bilingual {
  ja: string;
  en: string;
}

/** Offsets into the input text (the normaliser keeps one output char per input char). */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type DateTarget =
  /** 11月27日, 11/27, 2026年11月27日; `weekday` is the one written in brackets, if any. */
  | { type: 'month_day'; year: number | null; month: number; day: number; weekday: number | null }
  /** 今月20日, 来月5日(月): that day of t0's month + `relative`. */
  | { type: 'relative_month_day'; relative: number; day: number; weekday: number | null }
  /** 27日(金)まで: the next 27th on or after t0. */
  | { type: 'day_of_month'; day: number; weekday: number | null }
  /** 本日中 (0), 明日 (1), 明後日 (2). */
  | { type: 'relative'; offset: number }
  /** 水曜日まで (weekOffset null: next strictly after t0), 来週の水曜日 (1), 今週の金曜 (0). */
  | { type: 'weekday'; weekday: number; weekOffset: number | null };

export type MonthRef = { relative: number } | { month: number };

export type PeriodTarget =
  | { type: 'week_end'; weekOffset: number }
  | { type: 'week_until'; weekOffset: number; weekday: number }
  | { type: 'week_start'; weekOffset: number }
  | { type: 'month_end'; month: MonthRef }
  | { type: 'month_part'; month: MonthRef; day: 10 | 20 }
  | { type: 'year_end' };

export type TimePiece =
  | { kind: DurationKind; n: number; lower: number | null; span: Span }
  | { kind: 'date'; target: DateTarget; span: Span }
  | { kind: 'period'; target: PeriodTarget; span: Span };

export type PassOnlyBasis = 'explicit' | 'silence' | 'regardless';

export type FlagPiece =
  | { flag: 'passOnly'; value: boolean; basis: PassOnlyBasis; span: Span }
  | { flag: 'channel'; value: Channel; span: Span }
  | { flag: 'unspecified'; span: Span }
  | { flag: 'unparsed'; reason: Bilingual; span: Span };

export type Piece = TimePiece | FlagPiece;

/** One concept, one regex (chrono's JPWeekdayParser shape). `pattern` must carry the g flag. */
export interface PromiseParser {
  readonly name: string;
  /** Characters one of which must occur for the pattern to be tried (a cheap pre-filter). */
  readonly hints?: string;
  /** True when every match needs a numeral (3, 三, 十四); skipped on texts without one. */
  readonly numeric?: boolean;
  readonly pattern: RegExp;
  extract(match: RegExpExecArray, span: Span): Piece | null;
}

export interface ParsedPromise {
  text: string;
  /** 'read': at least one time piece; 'unspecified': none said; 'unparsed': see reason. */
  status: 'read' | 'unspecified' | 'unparsed';
  times: TimePiece[];
  passOnly: boolean;
  passOnlyBasis: PassOnlyBasis | null;
  channel: Channel | null;
  reason: Bilingual | null;
  /** Every span any parser read, in text order. */
  spans: Span[];
}

export interface PromiseDates {
  kind: PromiseKind;
  passOnly: boolean;
  channel: Channel | null;
  ambiguous: boolean;
  inconsistent: boolean;
  deadline: IsoDate | null;
  /** The calendar-day reading of a short count (days N ≤ 5), shown next to the deadline. */
  earlyDeadline: IsoDate | null;
  earliestInquiry: IsoDate | null;
  recommendedInquiry: IsoDate | null;
  silentAfter: IsoDate | null;
  /** The span of the time words the deadline comes from. */
  span: Span | null;
  reason: Bilingual | null;
}

/** The object of interfaces.md `deadline --jsonl` (id excluded), plus the explanation. */
export type PromiseReadingJson = {
  kind: PromiseKind;
  passOnly: boolean;
  channel: Channel | null;
  ambiguous: boolean;
  deadline: IsoDate | null;
  earliestInquiry: IsoDate | null;
  recommendedInquiry: IsoDate | null;
  silentAfter: IsoDate | null;
  error?: string;
  explanation: Explanation;
};

export interface Explanation {
  ja: string;
  en: string;
  earlyDeadline: IsoDate | null;
  inconsistent: boolean;
  span: Span | null;
  sources: string[];
}
