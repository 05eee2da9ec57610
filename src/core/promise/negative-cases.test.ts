import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR } from '../calendar/calendar-config.js';
import { readPromise } from './read-promise.js';

const T0 = '2026-11-20';

/** Texts that must never be read as a deadline (chrono's negative_cases idea). */
describe('must be unparsed (never a guess)', () => {
  it.each([
    ['24時間以内にご連絡します'], // hours are not in the grammar
    ['年明けにご連絡します'],
    ['数週間以内に'],
    ['半月ほどで'],
    ['0日以内'],
    ['100週間以内'],
    ['2月30日までに'],
    ['2025年11月27日までに'], // before the interview
    ['結果は2日。'], // a bare "N日" is neither a count nor a date
    ['asdfghjkl'],
    ['よろしくお願いいたします'],
    ['来年の春に'],
  ])('%s', (text) => {
    const r = readPromise(text, T0, DEFAULT_CALENDAR);
    expect(r.kind).toBe('unparsed');
    expect(r.deadline).toBeNull();
    expect(r.error).toBeTruthy();
  });
});

describe('must be unspecified (nothing said about when)', () => {
  it.each([
    [''],
    ['   '],
    ['後日ご連絡します'],
    ['追ってご連絡いたします'],
    ['改めてご連絡差し上げます'],
    ['結果が出次第ご連絡します'],
    ['決まり次第お知らせします'],
    ['本日はありがとうございました。結果はご連絡します'], // 本日 alone is not 本日中
    ['合格者のみご連絡します'],
    ['選考結果はメールでお送りします'],
    ['2日目の面接お疲れ様でした。結果は追ってご連絡します'], // "2日目" is not a time limit
    ['一日も早くご連絡できるようにします'],
  ])('%s', (text) => {
    const r = readPromise(text, T0, DEFAULT_CALENDAR);
    expect(r.kind).toBe('unspecified');
    expect(r.deadline).toBeNull();
  });
});
