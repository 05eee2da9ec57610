import { describe, expect, it } from 'vitest';
import { lintOne } from '../lint-one.js';
import { unfilledBlank } from './unfilled-blank.js';

describe('unfilled-blank', () => {
  it.each([
    '特に、【面接で印象に残ったことを記入】についてのお話が印象に残っております。',
    '【面接日を記入】に一次面接の機会をいただきました。',
  ])('errors on the blank in %s', (text) => {
    const findings = lintOne(unfilledBlank, text);
    expect(findings.map((f) => f.severity)).toEqual(['error']);
  });

  it('warns about a ○○ placeholder in mail', () => {
    const findings = lintOne(unfilledBlank, '○○大学の山田と申します。');
    expect(findings.map((f) => f.severity)).toEqual(['warning']);
  });

  it.each([
    ['【ご参考】会社説明会の資料です。', 'email'],
    ['相手：（取り次ぎの返事）＿＿＿＿', 'phone'],
  ] as const)('accepts %s', (text, medium) => {
    expect(lintOne(unfilledBlank, text, medium)).toEqual([]);
  });
});
