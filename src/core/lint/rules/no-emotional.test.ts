import { describe, expect, it } from 'vitest';
import { lintOne } from '../lint-one.js';
import { noEmotional } from './no-emotional.js';

const INVALID = [
  '結果が届かず、不安でたまりません。',
  '毎日不安で眠れない日々を過ごしております。',
  'ご連絡がなく、落ち込んでおります。',
  '心配で夜も眠れません。',
  '正直なところ焦っております。',
  '結果が気になり、気が気ではありません。',
  'いてもたってもいられず、ご連絡いたしました。',
  'お見送りと伺い、とても悲しい気持ちです。',
  '何度もメールを確認してしまいます。',
  '不安に感じております。',
];

const VALID = [
  'ご心配をおかけし、申し訳ございません。',
  '念のため、選考状況を確認させていただきたくご連絡いたしました。',
  'ご多忙の折に恐れ入りますが、お知らせいただければ幸いです。',
  '貴社で働きたいという思いが強くなりました。',
  '大変心苦しいのですが、今回は辞退させていただきたく存じます。',
];

describe('no-emotional', () => {
  it.each(INVALID)('flags %s', (text) => {
    const findings = lintOne(noEmotional, text);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.severity === 'error' && f.ruleId === 'no-emotional')).toBe(true);
  });

  it.each(VALID)('accepts %s', (text) => {
    expect(lintOne(noEmotional, text)).toEqual([]);
  });

  it('points at the phrase with a 1-based position', () => {
    const [f] = lintOne(noEmotional, '件名：確認\n結果が届かず、不安でたまりません。');
    expect(f).toMatchObject({ line: 2, column: 8, length: 9 });
  });
});
