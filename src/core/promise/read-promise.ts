import type { CalendarConfig } from '../calendar/calendar-config.js';
import { compute } from './compute-dates.js';
import { explain } from './explain.js';
import { parsePromise } from './parse-promise.js';
import type { PromiseReadingJson } from './types.js';

/**
 * Words + t0 + calendar → the object `renraku deadline --jsonl` prints (interfaces.md, id
 * excluded) plus an explanation. Never throws: an unreadable t0 or a calendar without any
 * business day gives `kind: 'unparsed'` with `error`.
 *
 * Decision (spec silent): "連絡がない場合はご縁がなかったものと…" is read as passOnly — the
 * company tells us it will not call rejected candidates, which is what passOnly means
 * (003). "合否にかかわらず" overrides any passOnly wording in the same text.
 * @example readPromise('1週間以内にご連絡します', '2026-11-20', DEFAULT_CALENDAR).deadline // '2026-11-27'
 */
export function readPromise(
  text: string,
  t0: string,
  calendar: CalendarConfig,
): PromiseReadingJson {
  const parsed = parsePromise(text);
  let c: ReturnType<typeof compute>;
  try {
    c = compute(parsed, t0, calendar);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      kind: 'unparsed',
      passOnly: parsed.passOnly,
      channel: parsed.channel,
      ambiguous: false,
      deadline: null,
      earliestInquiry: null,
      recommendedInquiry: null,
      silentAfter: null,
      error: message,
      explanation: {
        ja: `計算できません: ${message}`,
        en: `cannot compute: ${message}`,
        earlyDeadline: null,
        inconsistent: false,
        span: null,
        sources: [],
      },
    };
  }
  const d = c.dates;
  return {
    kind: d.kind,
    passOnly: d.passOnly,
    channel: d.channel,
    ambiguous: d.ambiguous,
    deadline: d.deadline,
    earliestInquiry: d.earliestInquiry,
    recommendedInquiry: d.recommendedInquiry,
    silentAfter: d.silentAfter,
    ...(d.kind === 'unparsed' ? { error: d.reason?.en ?? 'unparsed' } : {}),
    explanation: explain(c),
  };
}
