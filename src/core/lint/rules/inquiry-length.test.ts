import { describe, expect, it } from 'vitest';
import { lintOne } from '../lint-one.js';
import { createInquiryLength, inquiryLength } from './inquiry-length.js';

function mail(sentences: number, subject = '選考結果に関するご確認（山田 太郎）'): string {
  const body = Array.from(
    { length: sentences },
    () => '念のため選考の状況を確認させていただきたくご連絡いたしました。',
  );
  return `件名：${subject}\n\n株式会社サンプル\n採用ご担当者様\n\nお世話になっております。\n${body.join('\n')}\n\n――――――――――\n山田 太郎\nメール：taro@example.com\n――――――――――\n`;
}

describe('inquiry-length', () => {
  it('warns when an inquiry body runs past about 400 characters', () => {
    const findings = lintOne(inquiryLength, mail(15));
    expect(findings.map((f) => f.severity)).toEqual(['warning']);
    expect(findings[0]?.message.ja).toMatch(/\d+字/);
  });

  it('accepts a short inquiry', () => {
    expect(lintOne(inquiryLength, mail(5))).toEqual([]);
  });

  it('ignores mail that is not an inquiry (guessed from the subject)', () => {
    expect(lintOne(inquiryLength, mail(15, '一次面接のお礼（山田 太郎）'))).toEqual([]);
  });

  it('does not count the signature', () => {
    const rule = createInquiryLength(100);
    expect(lintOne(rule, mail(2))).toEqual([]);
    expect(lintOne(rule, mail(3)).length).toBe(1);
  });
});
