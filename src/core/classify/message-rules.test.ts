import { describe, expect, it } from 'vitest';
import { addressOf, stageMentioned } from './message-rules.js';

describe('stageMentioned', () => {
  it.each([
    ['一次面接の結果', 'interview_1'],
    ['2次面接のご案内', 'interview_2'],
    ['三次面接', 'interview_n'],
    ['最終面接にご参加', 'final'],
    ['オファー面談のご案内', 'offer_meeting'],
    ['Webテストの受検', 'test'],
    ['書類選考の結果', 'document'],
    ['カジュアル面談', 'casual'],
    ['内々定のお知らせ', 'offer'],
    ['ご連絡です', null],
  ])('%s → %s', (text, stage) => {
    expect(stageMentioned('', text)).toBe(stage);
  });

  it('takes the earliest mention (the subject first)', () => {
    expect(stageMentioned('一次面接の結果', '二次面接にお進みください')).toBe('interview_1');
  });

  it.each([
    [
      'a later stage word in the subject beats a body mention',
      '最終面接について',
      '一次面接では',
      'final',
    ],
    ['the earliest of two words in the body', '', 'Webテストの後、二次面接です', 'test'],
    ['a body word when the subject has none', 'ご連絡', '三次面接のご案内', 'interview_n'],
    ['the earlier of two words in the subject', '書類選考と一次面接', '', 'document'],
  ])('%s', (_name, subject, body, stage) => {
    expect(stageMentioned(subject, body)).toBe(stage);
  });
});

describe('addressOf', () => {
  it.each([
    ['山田 <Taro@Example.jp>', 'taro@example.jp'],
    [' a@b.jp ', 'a@b.jp'],
  ])('%s', (from, address) => {
    expect(addressOf(from)).toBe(address);
  });
});
