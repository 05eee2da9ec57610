import type { Bilingual, Span } from '../types.js';

/** Builds the `unparsed` piece a parser returns when it recognises words it cannot use. */
export function unparsedPiece(span: Span, reason: Bilingual) {
  return { flag: 'unparsed' as const, reason, span };
}

/** Upper bounds a count must respect; beyond them the words are more likely a misreading. */
export const MAX_COUNT = { days: 366, weeks: 52, months: 12, business_days: 250 } as const;

export function outOfRange(span: Span, n: number) {
  return unparsedPiece(span, {
    ja: `「${span.text}」の数（${n}）は期限として読めません`,
    en: `the number in "${span.text}" (${n}) cannot be a deadline`,
  });
}

export const WEEKDAY_INDEX: Record<string, number> = {
  日: 0,
  月: 1,
  火: 2,
  水: 3,
  木: 4,
  金: 5,
  土: 6,
};

/** "(金)", "(金曜)", "(金曜日)" or a bare "金曜日" after a date; groups `wd` / `wd2`. */
export const BRACKET_WEEKDAY =
  '(?:\\s*\\(\\s*(?<wd>[日月火水木金土])(?:曜(?:日)?)?\\s*\\)|\\s*(?<wd2>[日月火水木金土])曜(?:日)?)?';

/** The weekday a date was written with, if any (see BRACKET_WEEKDAY). */
export function writtenWeekday(groups: Record<string, string | undefined>): number | null {
  const w = groups.wd ?? groups.wd2;
  return w === undefined ? null : (WEEKDAY_INDEX[w] ?? null);
}
