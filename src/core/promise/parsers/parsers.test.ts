import { describe, expect, it } from 'vitest';
import { parsePromise } from '../parse-promise.js';
import type { TimePiece } from '../types.js';

/** A short, readable summary of the time pieces read from a text. */
function summary(text: string): string[] {
  return parsePromise(text).times.map(label);
}

function label(p: TimePiece): string {
  if (p.kind === 'date') {
    const t = p.target;
    switch (t.type) {
      case 'month_day':
        return `date ${t.year ?? ''}${t.year ? '/' : ''}${t.month}/${t.day}${t.weekday === null ? '' : ` wd${t.weekday}`}`;
      case 'day_of_month':
        return `date day ${t.day}${t.weekday === null ? '' : ` wd${t.weekday}`}`;
      case 'relative_month_day':
        return `date month+${t.relative} day ${t.day}${t.weekday === null ? '' : ` wd${t.weekday}`}`;
      case 'relative':
        return `date +${t.offset}`;
      case 'weekday':
        return `date wd${t.weekday} week${t.weekOffset ?? '?'}`;
    }
  }
  if (p.kind === 'period') {
    const t = p.target;
    switch (t.type) {
      case 'week_end':
      case 'week_start':
        return `period ${t.type}+${t.weekOffset}`;
      case 'week_until':
        return `period until wd${t.weekday}+${t.weekOffset}`;
      case 'month_end':
      case 'month_part': {
        const m = 'relative' in t.month ? `+${t.month.relative}` : `m${t.month.month}`;
        return `period ${t.type}${t.type === 'month_part' ? t.day : ''} ${m}`;
      }
      case 'year_end':
        return 'period year_end';
    }
  }
  return `${p.kind} ${p.n}`;
}

const TABLES: Record<string, [string, string[]][]> = {
  'days-parser': [
    ['3日以内にご連絡します', ['days 3']],
    ['３日ほどで', ['days 3']],
    ['2、3日中に', ['days 3']],
    ['2〜3日', ['days 3']], // U+301C
    ['2～3日', ['days 3']], // U+FF5E
    ['二、三日のうちに', ['days 3']],
    ['7~10日でご連絡', ['days 10']],
    ['十日以内', ['days 10']],
    ['十四日以内に', ['days 14']],
    ['3日後に', ['days 3']],
    ['5日間ほど', ['days 5']],
  ],
  'idiom-days-parser': [
    ['一両日中にご連絡します', ['days 2']],
    ['数日中に', ['days 5']],
    ['近日中にご連絡', ['days 5']],
  ],
  'weeks-parser': [
    ['1週間以内にご連絡します', ['weeks 1']],
    ['一週間程度', ['weeks 1']],
    ['約１週間で', ['weeks 1']],
    ['2週間前後', ['weeks 2']],
    ['1~2週間ほど', ['weeks 2']],
    ['二十週間', ['weeks 20']],
  ],
  'months-parser': [
    ['1か月以内に', ['months 1']],
    ['ひと月ほど', ['months 1']],
    ['一ヶ月程度', ['months 1']],
    ['2カ月後', ['months 2']],
  ],
  'business-days-parser': [
    ['3営業日以内にメールで', ['business_days 3']],
    ['営業日で5日', ['business_days 5']],
    ['土日祝を除いて3日', ['business_days 3']],
    ['土日を除く3日以内', ['business_days 3']],
    ['翌営業日にご連絡', ['business_days 1']],
    ['2~3営業日', ['business_days 3']],
  ],
  'mixed-range-parser': [
    ['1週間から10日ほどで', ['days 10']],
    ['3日から1週間', ['weeks 1']],
    ['2週間~1か月', ['months 1']],
  ],
  'month-day-parser': [
    ['11月27日までに', ['date 11/27']],
    ['１１月２７日（金）まで', ['date 11/27 wd5']],
    ['2027年1月8日', ['date 2027/1/8']],
    ['十二月一日(水曜日)', ['date 12/1 wd3']],
    ['11月7~10日頃', ['date 11/10']],
    ['12月1日水曜日までに', ['date 12/1 wd3']], // a bare weekday after the date belongs to it
  ],
  'relative-month-day-parser': [
    ['今月20日までに', ['date month+0 day 20']],
    ['来月5日(月)に', ['date month+1 day 5 wd1']],
  ],
  'slash-date-parser': [
    ['11/27までに', ['date 11/27']],
    ['11/27(金)', ['date 11/27 wd5']],
    ['2026/12/01', ['date 2026/12/1']],
  ],
  'day-of-month-parser': [
    ['27日(金)までに', ['date day 27 wd5']],
    ['30日までに', ['date day 30']],
    ['25日中に', ['date day 25']],
  ],
  'relative-day-parser': [
    ['本日中にご連絡します', ['date +0']],
    ['明日ご連絡します', ['date +1']],
    ['明後日までに', ['date +2']],
  ],
  'weekday-parser': [
    ['水曜日までに', ['date wd3 week?']],
    ['来週の水曜日', ['date wd3 week1']],
    ['今週の金曜', ['date wd5 week0']],
    ['再来週月曜日', ['date wd1 week2']],
    ['来週の月曜か火曜には', ['date wd2 week1']],
  ],
  'week-period-parser': [
    ['今週中に', ['period week_end+0']],
    ['来週中', ['period week_end+1']],
    ['来週いっぱい', ['period week_end+1']],
    ['来週末', ['period week_end+1']],
    ['来週ご連絡します', ['period week_end+1']],
    ['来週前半', ['period until wd3+1']],
    ['来週後半', ['period week_end+1']],
    ['週明けに', ['period week_start+1']],
    ['来週早々に', ['period week_start+1']],
    ['来週中頃', ['period until wd4+1']],
    ['週内に', ['period week_end+0']],
  ],
  'month-period-parser': [
    ['今月中', ['period month_end +0']],
    ['今月末までに', ['period month_end +0']],
    ['月内に', ['period month_end +0']],
    ['月末までに', ['period month_end +0']],
    ['来月上旬', ['period month_part10 +1']],
    ['来月中旬', ['period month_part20 +1']],
    ['来月下旬', ['period month_end +1']],
    ['来月中', ['period month_end +1']],
    ['12月上旬', ['period month_part10 m12']],
    ['1月中旬頃', ['period month_part20 m1']],
    ['12月中旬から下旬', ['period month_end m12']],
    ['来月早々', ['period month_part10 +1']],
  ],
  'year-period-parser': [
    ['年内にはご連絡します', ['period year_end']],
    ['今年中に', ['period year_end']],
  ],
};

for (const [parser, rows] of Object.entries(TABLES)) {
  describe(`${parser}`, () => {
    it.each(rows)('%s → %j', (text, expected) => {
      expect(summary(text)).toEqual(expected);
    });
  });
}

describe('flags', () => {
  it.each([
    ['合格者のみ、1週間以内にメールでご連絡します', true, 'email'],
    ['通過者のみにご連絡いたします', true, null],
    ['合格の方にのみお電話します', true, 'phone'],
    ['次の選考に進んでいただく方にのみご連絡します', true, null],
    ['ご縁があった方のみマイページでお知らせします', true, 'portal'],
    ['1週間以内に連絡がない場合は、ご縁がなかったものとお考えください', true, null],
    ['不合格の方にはご連絡しませんのでご了承ください', true, null],
    ['合否にかかわらず1週間以内にメールします', false, 'email'],
    ['合格者のみ…と言いたいところですが、合否に関わらずご連絡します', false, null],
    ['採用サイトにてお知らせします', false, 'portal'],
    ['メールまたはお電話で', false, 'email'],
    ['次回選考へ進まれる方のみ、応募サイトでお知らせします', true, 'portal'],
    ['連絡がなければ不合格とお考えください', true, null],
    ['合格・不合格にかかわらずご連絡します', false, null],
    ['合格時のみご連絡いたします', true, null],
  ])('%s → passOnly %s, channel %s', (text, passOnly, channel) => {
    const p = parsePromise(text);
    expect(p.passOnly).toBe(passOnly);
    expect(p.channel).toBe(channel);
  });

  it('keeps the span of the original text (full-width intact)', () => {
    const p = parsePromise('結果は１週間以内にご連絡します');
    expect(p.times[0]?.span).toMatchObject({ start: 3, text: '１週間以内' });
  });
});
