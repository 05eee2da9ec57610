import { rollOpen } from '../calendar/business-day.js';
import { type DayNumber, toDayNumber } from '../calendar/civil-date.js';
import type { Computation } from './compute-dates.js';
import {
  RECOMMENDED_AFTER_DEADLINE,
  UNSPECIFIED_EARLIEST_DAYS,
  UNSPECIFIED_RECOMMENDED_DAYS,
} from './compute-dates.js';
import { closureFacts, formatters } from './explain-facts.js';
import { describeRule } from './explain-rule.js';
import type { Explanation } from './types.js';

/**
 * The why of every date, in Japanese and English, with the calendar facts used and the seed
 * each rule comes from (000, 002, 003), e.g. 「面接日 11月20日（金）から1週間 → 期限 11月27日（金）。
 * 8日目の 11月28日（土）は土曜日のため、問い合わせは 11月30日（月）以降が適切です（出典: 003）」.
 */
export function explain(c: Computation): Explanation {
  const { dates, t0, cal, chosen } = c;
  const f = formatters(t0);
  const ja: string[] = [];
  const en: string[] = [];
  const sources = new Set<string>();
  const cite = (s: string) => {
    sources.add(s);
    return s;
  };
  if (dates.kind === 'unparsed') {
    ja.push(`読み取れませんでした: ${dates.reason?.ja ?? ''}。期限は推測しません。`);
    en.push(`Could not read the words: ${dates.reason?.en ?? ''}. No deadline is guessed.`);
  } else if (chosen === null) {
    ja.push(`面接日 ${f.ja(t0)} の時点で結果連絡の時期は示されていません。`);
    en.push(`No time was given on the interview day, ${f.en(t0)}.`);
  } else {
    const rule = describeRule(chosen, t0, cal);
    ja.push(rule.ja);
    en.push(rule.en);
    for (const s of rule.sources) cite(s);
  }
  if (dates.passOnly) {
    ja.push(`合格者にのみ連絡があるため、問い合わせの日は設けません（出典: ${cite('003')}）。`);
    en.push(`Only successful candidates are contacted, so no inquiry date is set (source: 003).`);
  }
  const d = chosen?.deadline ?? null;
  inquiryLines(c, d, ja, en, cite);
  if (dates.silentAfter) {
    const s = f.ja(toDayNumber(dates.silentAfter));
    const sEn = f.en(toDayNumber(dates.silentAfter));
    const why = dates.passOnly
      ? d === null
        ? { ja: '面接日から14日', en: '14 days after the interview' }
        : { ja: '期限から2営業日の余裕を見て', en: 'two business days of slack after the deadline' }
      : {
          ja: '期限から7日後と面接日から14日後の遅い方',
          en: 'the later of deadline + 7 and interview + 14',
        };
    const src = cite(dates.passOnly && d !== null ? '003' : '000');
    ja.push(
      `${s} 以降も連絡がなければ、見送り（サイレント）の可能性が高いと考えます（${why.ja}、出典: ${src}）。`,
    );
    en.push(
      `From ${sEn} on, silence most likely means a silent rejection (${why.en}; source: ${src}).`,
    );
  }
  return {
    ja: ja.join(''),
    en: en.join(' '),
    earlyDeadline: dates.earlyDeadline,
    inconsistent: dates.inconsistent,
    span: dates.span,
    sources: [...sources].sort(),
  };
}

function inquiryLines(
  c: Computation,
  d: DayNumber | null,
  ja: string[],
  en: string[],
  cite: (s: string) => string,
) {
  const { dates, t0, cal } = c;
  const f = formatters(t0);
  if (!dates.earliestInquiry || !dates.recommendedInquiry) return;
  const earliest = f.ja(toDayNumber(dates.earliestInquiry));
  const rec = f.ja(toDayNumber(dates.recommendedInquiry));
  if (d === null) {
    ja.push(
      `問い合わせは面接から${UNSPECIFIED_EARLIEST_DAYS}日を目安に ${earliest} 以降（出典: ${cite('000')}）、` +
        `余裕を見るなら${UNSPECIFIED_RECOMMENDED_DAYS}日後の ${rec} 以降が適切です（出典: ${cite('002')}）。`,
    );
    en.push(
      `Inquire from ${f.en(toDayNumber(dates.earliestInquiry))} (about a week, source: 000); the patient choice is ${f.en(toDayNumber(dates.recommendedInquiry))} (10 days, source: 002).`,
    );
    return;
  }
  const next = d + 1;
  const closed = closureFacts(cal, t0, next, next);
  const nth = next - t0;
  if (closed) {
    ja.push(
      `${nth}日目の ${closed.ja}のため、問い合わせは ${f.ja(rollOpen(cal, next))} 以降が適切です（出典: ${cite('003')}）。`,
    );
    en.push(
      `Day ${nth}, ${closed.en}, so inquire from ${f.en(rollOpen(cal, next))} on (source: 003).`,
    );
  } else {
    ja.push(`問い合わせは期限の翌営業日 ${f.ja(next)} 以降が適切です（出典: ${cite('003')}）。`);
    en.push(`Inquire from the next business day, ${f.en(next)} (source: 003).`);
  }
  const plus = d + RECOMMENDED_AFTER_DEADLINE;
  const plusClosed = closureFacts(cal, t0, plus, plus);
  ja.push(
    `期限の${RECOMMENDED_AFTER_DEADLINE}日後${plusClosed ? `（${plusClosed.ja}）` : ''}以降の ${f.ja(rollOpen(cal, plus))} に問い合わせるのが無難です（出典: ${cite('002')}）。`,
  );
  en.push(
    `The patient choice is ${f.en(rollOpen(cal, plus))}, three days after the deadline${plusClosed ? ` (${plusClosed.en})` : ''} (source: 002).`,
  );
}
