import type { DayNumber } from '../calendar/civil-date.js';
import type { CompiledCalendar } from '../calendar/closure.js';
import { closureFacts, formatters } from './explain-facts.js';
import type { Resolved } from './resolve-piece.js';
import type { PeriodTarget } from './types.js';

const UNIT_JA = { days: '日', weeks: '週間', months: 'か月', business_days: '営業日' } as const;
const UNIT_EN = {
  days: 'day',
  weeks: 'week',
  months: 'month',
  business_days: 'business day',
} as const;

/** The deadline rule applied, with the closed days that moved it (002: 営業日・休業日). */
export function describeRule(
  r: Resolved,
  t0: DayNumber,
  cal: CompiledCalendar,
): { ja: string; en: string; sources: string[] } {
  const f = formatters(t0);
  const p = r.piece;
  const said = `「${p.span.text}」`;
  let ja: string;
  let en: string;
  const sources: string[] = [];
  if (p.kind === 'date' || p.kind === 'period') {
    const what = p.kind === 'period' ? periodName(p.target) : null;
    ja = `面接日 ${f.ja(t0)}、${said}${what ? `（${what.ja}）` : ''} → ${f.ja(r.raw)}`;
    en = `Interview ${f.en(t0)}; "${p.span.text}"${what ? ` (${what.en})` : ''} → ${f.en(r.raw)}`;
  } else {
    const unitEn = `${p.n} ${UNIT_EN[p.kind]}${p.n > 1 ? 's' : ''}`;
    ja = `面接日 ${f.ja(t0)} から${p.n}${UNIT_JA[p.kind]}（${said}）`;
    en = `Interview ${f.en(t0)} + ${unitEn} ("${p.span.text}")`;
  }
  if (p.kind === 'business_days' || (p.kind === 'days' && r.early !== null)) {
    const facts = closureFacts(cal, t0, t0 + 1, r.deadline);
    ja += ` → ${p.n}営業日目の期限 ${f.ja(r.deadline)}${facts ? `（${facts.ja}）` : ''}。`;
    en += ` → business day ${p.n} is the deadline, ${f.en(r.deadline)}${facts ? ` (${facts.en})` : ''}.`;
  } else {
    const moved = r.deadline > r.raw ? closureFacts(cal, t0, r.raw, r.deadline - 1) : null;
    const duration = p.kind !== 'date' && p.kind !== 'period';
    if (moved) {
      if (duration) {
        ja += ` → ${f.ja(r.raw)}`;
        en += ` → ${f.en(r.raw)}`;
      }
      ja += `。${moved.ja}のため期限は ${f.ja(r.deadline)}。`;
      en += `; ${moved.en}, so the deadline is ${f.en(r.deadline)}.`;
    } else if (duration || r.deadline !== r.raw) {
      ja += ` → 期限 ${f.ja(r.deadline)}。`;
      en += ` → deadline ${f.en(r.deadline)}.`;
    } else {
      ja += ' が期限です。';
      en += ' is the deadline.';
    }
    if (moved) sources.push('002');
  }
  if (r.early !== null) {
    ja += `短い日数は暦日か営業日か曖昧なため、遅い営業日の読みを期限とします。暦日で数えると ${f.ja(r.early)}（出典: 002）。`;
    en += ` A short count may mean calendar or business days; the later business-day reading is the deadline, the calendar reading gives ${f.en(r.early)} (source: 002).`;
    sources.push('002');
  }
  if (r.inconsistent && r.written !== null) {
    ja += `${f.ja(r.written)}と書かれた曜日が食い違うため、遅い方の ${f.ja(r.raw)} を使います。`;
    en += ` The date is ${f.en(r.written)}, which contradicts the weekday written; the later reading, ${f.en(r.raw)}, is used.`;
  }
  if (r.clamped) {
    ja += 'その期間は面接日までに過ぎているため、面接日以降の最初の営業日とします。';
    en +=
      ' That period is already over at the interview, so the first business day from then is used.';
  }
  return { ja, en, sources };
}

function periodName(t: PeriodTarget): { ja: string; en: string } {
  switch (t.type) {
    case 'week_end':
      return { ja: 'その週の最終営業日', en: "the week's last business day" };
    case 'week_until':
      return t.weekday === 3
        ? { ja: '水曜日以前の最後の営業日', en: 'the last business day on or before Wednesday' }
        : { ja: '木曜日以前の最後の営業日', en: 'the last business day on or before Thursday' };
    case 'week_start':
      return { ja: '週の最初の営業日', en: "the week's first business day" };
    case 'month_end':
      return { ja: 'その月の最終営業日', en: "the month's last business day" };
    case 'month_part':
      return t.day === 10
        ? { ja: '上旬: 10日（休みなら翌営業日）', en: 'early month: the 10th, rolled forward' }
        : { ja: '中旬: 20日（休みなら翌営業日）', en: 'mid-month: the 20th, rolled forward' };
    case 'year_end':
      return { ja: '年内の最終営業日', en: "the year's last business day" };
  }
}
