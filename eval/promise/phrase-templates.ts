import type { Semantics } from './reference.js';

/**
 * Hand-written phrases and what they mean, read by a person (not by the parser). Channel:
 * e = email, p = phone, w = portal. `t0s` pins phrases whose meaning depends on the day
 * (bracketed weekdays, "今週の金曜").
 */
export interface Template {
  text: string;
  sem: Semantics;
  passOnly?: boolean;
  channel?: 'e' | 'p' | 'w';
  t0s?: string[];
}

const days = (n: number): Semantics => ({ kind: 'days', n });
const weeks = (n: number): Semantics => ({ kind: 'weeks', n });
const months = (n: number): Semantics => ({ kind: 'months', n });
const bdays = (n: number): Semantics => ({ kind: 'business_days', n });
const UNSPEC: Semantics = { kind: 'unspecified' };
const UNPARSED: Semantics = { kind: 'unparsed' };

export const TEMPLATES: Template[] = [
  // days, N ≤ 5 (ambiguous) — numerals in every form
  { text: '3日以内にご連絡します', sem: days(3) },
  { text: '３日ほどでご連絡いたします', sem: days(3) },
  { text: '三日以内にお返事します', sem: days(3) },
  { text: '2、3日中にご連絡します', sem: days(3) },
  { text: '二、三日中にはお知らせします', sem: days(3) },
  { text: '2〜3日でご連絡します', sem: days(3) },
  { text: '2～3日ほどお待ちください', sem: days(3) },
  { text: '数日中にご連絡します', sem: days(5) },
  { text: '近日中にご連絡差し上げます', sem: days(5) },
  { text: '一両日中にご連絡します', sem: days(2) },
  { text: '3日後にメールでご連絡します', sem: days(3), channel: 'e' },
  { text: '5日以内に結果をお伝えします', sem: days(5) },
  { text: '1日以内にお電話します', sem: days(1), channel: 'p' },
  { text: '4、5日で連絡します', sem: days(5) },
  // days, N > 5
  { text: '10日以内にご連絡します', sem: days(10) },
  { text: '十日以内にご連絡いたします', sem: days(10) },
  { text: '7〜10日ほどで結果をお送りします', sem: days(10) },
  { text: '7～10日程度かかります。結果はメールで', sem: days(10), channel: 'e' },
  { text: '１４日以内にご連絡します', sem: days(14) },
  { text: '十四日以内に', sem: days(14) },
  { text: '二十日以内に連絡します', sem: days(20) },
  { text: '1週間から10日ほどでご連絡します', sem: days(10) },
  { text: '6日後にご連絡します', sem: days(6) },
  // weeks
  { text: '1週間以内にご連絡します', sem: weeks(1) },
  { text: '一週間程度でご連絡いたします', sem: weeks(1) },
  { text: '約1週間でご連絡します', sem: weeks(1) },
  { text: '１週間後にメールにてご連絡します', sem: weeks(1), channel: 'e' },
  { text: '2週間前後でご連絡します', sem: weeks(2) },
  { text: '２週間以内にご連絡します', sem: weeks(2) },
  { text: '二週間ほどお時間をいただきます', sem: weeks(2) },
  { text: '1〜2週間でご連絡します', sem: weeks(2) },
  { text: '3日から1週間ほどでご連絡します', sem: weeks(1) },
  { text: '結果は3週間以内にマイページでお知らせします', sem: weeks(3), channel: 'w' },
  // months
  { text: '1か月以内にご連絡します', sem: months(1) },
  { text: 'ひと月ほどでご連絡いたします', sem: months(1) },
  { text: '一ヶ月程度お待ちください', sem: months(1) },
  { text: '2カ月以内にお知らせします', sem: months(2) },
  // business days
  { text: '3営業日以内にメールでご連絡いたします', sem: bdays(3), channel: 'e' },
  { text: '５営業日以内にご連絡します', sem: bdays(5) },
  { text: '営業日で5日ほどいただきます', sem: bdays(5) },
  { text: '土日祝を除いて3日以内にご連絡します', sem: bdays(3) },
  { text: '土日を除く3日以内にお電話します', sem: bdays(3), channel: 'p' },
  { text: '翌営業日にご連絡します', sem: bdays(1) },
  { text: '2〜3営業日でご連絡します', sem: bdays(3) },
  { text: '十営業日以内にご連絡します', sem: bdays(10) },
  // dates
  { text: '11月27日までにご連絡します', sem: { kind: 'date', md: [11, 27] } },
  { text: '１１月２７日までにご連絡します', sem: { kind: 'date', md: [11, 27] } },
  { text: '11/27までにメールします', sem: { kind: 'date', md: [11, 27] }, channel: 'e' },
  { text: '1月8日までにご連絡します', sem: { kind: 'date', md: [1, 8] } },
  { text: '5月7日にご連絡します', sem: { kind: 'date', md: [5, 7] } },
  { text: '9月24日までにご連絡します', sem: { kind: 'date', md: [9, 24] } },
  { text: '12月28日までにご連絡します', sem: { kind: 'date', md: [12, 28] } },
  { text: '12月30日までにご連絡します', sem: { kind: 'date', md: [12, 30] } },
  {
    text: '11月27日（金）までにご連絡します',
    sem: { kind: 'date', md: [11, 27], wd: 5 },
    t0s: ['2026-11-20', '2026-11-18'],
  },
  {
    text: '12月1日（水）までにご連絡します',
    sem: { kind: 'date', md: [12, 1], wd: 3 },
    t0s: ['2026-11-20', '2026-11-25'],
  },
  {
    text: '27日(金)までにご連絡します',
    sem: { kind: 'date', dom: 27, wd: 5 },
    t0s: ['2026-11-20', '2026-11-24'],
  },
  { text: '30日までにご連絡します', sem: { kind: 'date', dom: 30 } },
  {
    text: '11月27日金曜日までにお電話します',
    sem: { kind: 'date', md: [11, 27], wd: 5 },
    channel: 'p',
    t0s: ['2026-11-20'],
  },
  { text: '来月5日までにご連絡します', sem: { kind: 'date', rm: 1, day: 5 } },
  { text: '本日中にご連絡します', sem: { kind: 'date', rel: 0 } },
  { text: '明日ご連絡します', sem: { kind: 'date', rel: 1 } },
  { text: '明日中にお電話します', sem: { kind: 'date', rel: 1 }, channel: 'p' },
  { text: '明後日までにご連絡します', sem: { kind: 'date', rel: 2 } },
  { text: '来週の水曜日までにご連絡します', sem: { kind: 'date', weekday: 3, week: 1 } },
  { text: '来週の月曜日にご連絡します', sem: { kind: 'date', weekday: 1, week: 1 } },
  { text: '水曜日までにご連絡します', sem: { kind: 'date', weekday: 3, week: null } },
  { text: '金曜日にはご連絡できると思います', sem: { kind: 'date', weekday: 5, week: null } },
  {
    text: '今週の金曜日までに',
    sem: { kind: 'date', weekday: 5, week: 0 },
    t0s: ['2026-11-18', '2026-12-23'],
  },
  // periods
  { text: '今週中にご連絡します', sem: { kind: 'period', p: 'week_end', k: 0 } },
  { text: '来週中にご連絡します', sem: { kind: 'period', p: 'week_end', k: 1 } },
  { text: '来週いっぱいお待ちください', sem: { kind: 'period', p: 'week_end', k: 1 } },
  { text: '来週末までにご連絡します', sem: { kind: 'period', p: 'week_end', k: 1 } },
  { text: '来週ご連絡します', sem: { kind: 'period', p: 'week_end', k: 1 } },
  { text: '来週前半にご連絡します', sem: { kind: 'period', p: 'week_until', k: 1, weekday: 3 } },
  { text: '来週後半にご連絡します', sem: { kind: 'period', p: 'week_end', k: 1 } },
  { text: '週明けにご連絡します', sem: { kind: 'period', p: 'week_start', k: 1 } },
  {
    text: '週明け早々にお電話します',
    sem: { kind: 'period', p: 'week_start', k: 1 },
    channel: 'p',
  },
  { text: '今月中にご連絡します', sem: { kind: 'period', p: 'month_end', rel: 0 } },
  { text: '今月末までにご連絡します', sem: { kind: 'period', p: 'month_end', rel: 0 } },
  { text: '月内にはご連絡します', sem: { kind: 'period', p: 'month_end', rel: 0 } },
  { text: '月末までにご連絡します', sem: { kind: 'period', p: 'month_end', rel: 0 } },
  { text: '来月上旬にご連絡します', sem: { kind: 'period', p: 'month_part', day: 10, rel: 1 } },
  { text: '来月中旬にご連絡します', sem: { kind: 'period', p: 'month_part', day: 20, rel: 1 } },
  { text: '来月下旬にご連絡します', sem: { kind: 'period', p: 'month_end', rel: 1 } },
  { text: '来月中にご連絡します', sem: { kind: 'period', p: 'month_end', rel: 1 } },
  { text: '12月上旬にご連絡します', sem: { kind: 'period', p: 'month_part', day: 10, month: 12 } },
  {
    text: '１月中旬までにご連絡します',
    sem: { kind: 'period', p: 'month_part', day: 20, month: 1 },
  },
  { text: '5月下旬にご連絡します', sem: { kind: 'period', p: 'month_end', month: 5 } },
  { text: '年内にはご連絡します', sem: { kind: 'period', p: 'year_end' } },
  { text: '来週早々にご連絡します', sem: { kind: 'period', p: 'week_start', k: 1 } },
  {
    text: '来週中頃までにご連絡します',
    sem: { kind: 'period', p: 'week_until', k: 1, weekday: 4 },
  },
  { text: '12月中旬から下旬にご連絡します', sem: { kind: 'period', p: 'month_end', month: 12 } },
  // flags and several pieces in one sentence
  {
    text: '合格者のみ、1週間以内にメールでご連絡します',
    sem: weeks(1),
    passOnly: true,
    channel: 'e',
  },
  { text: '通過者のみ3営業日以内にお電話します', sem: bdays(3), passOnly: true, channel: 'p' },
  {
    text: '合格の方にのみ、来週中にご連絡いたします',
    sem: { kind: 'period', p: 'week_end', k: 1 },
    passOnly: true,
  },
  {
    text: '次の選考に進んでいただく方にのみ、10日以内にご連絡します',
    sem: days(10),
    passOnly: true,
  },
  {
    text: 'ご縁があった方のみ、2週間以内にマイページでお知らせします',
    sem: weeks(2),
    passOnly: true,
    channel: 'w',
  },
  {
    text: '1週間以内に連絡がない場合は、ご縁がなかったものとお考えください',
    sem: weeks(1),
    passOnly: true,
  },
  {
    text: '不合格の方にはご連絡しませんが、合格者には3日以内にお電話します',
    sem: days(3),
    passOnly: true,
    channel: 'p',
  },
  { text: '合否にかかわらず、1週間以内にメールでご連絡します', sem: weeks(1), channel: 'e' },
  { text: '合否に関わらず3営業日以内にご連絡いたします', sem: bdays(3) },
  { text: '合格者のみご連絡します', sem: UNSPEC, passOnly: true },
  {
    text: '次回選考へ進まれる方のみ、5営業日以内に応募サイトでお知らせします',
    sem: bdays(5),
    passOnly: true,
    channel: 'w',
  },
  {
    text: '2週間以内に連絡がなければ、今回はご縁がなかったということで',
    sem: weeks(2),
    passOnly: true,
  },
  { text: '合格・不合格にかかわらず、10日以内にメールします', sem: days(10), channel: 'e' },
  {
    text: '面接お疲れ様でした。結果は採用サイトにて、２週間前後でお知らせします',
    sem: weeks(2),
    channel: 'w',
  },
  // unspecified
  { text: '後日ご連絡します', sem: UNSPEC },
  { text: '追ってご連絡いたします', sem: UNSPEC },
  { text: '改めてご連絡差し上げます', sem: UNSPEC },
  { text: '結果が出次第ご連絡します', sem: UNSPEC },
  { text: '決まり次第メールでお知らせします', sem: UNSPEC, channel: 'e' },
  { text: '', sem: UNSPEC },
  // unparsed: words about time outside the grammar
  { text: '24時間以内にご連絡します', sem: UNPARSED },
  { text: '年明けにご連絡します', sem: UNPARSED },
  { text: '数週間以内にメールします', sem: UNPARSED, channel: 'e' },
  { text: '半月ほどでご連絡します', sem: UNPARSED },
  { text: '1ヶ月半ほどでご連絡します', sem: UNPARSED },
  { text: '今年度中にご連絡します', sem: UNPARSED },
  { text: '後ほどお電話します', sem: UNSPEC, channel: 'p' },
];
