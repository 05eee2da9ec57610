import { describe, expect, it } from 'vitest';
import { lintOne } from '../lint-one.js';
import { requiredParts } from './required-parts.js';

const COMPLETE = `件名：選考結果に関するご確認（山田 太郎）

株式会社サンプル
人事部 佐藤様

お世話になっております。
東都大学経済学部4年の山田 太郎と申します。
11月20日（金）に一次面接の機会をいただき、ありがとうございました。

何卒よろしくお願い申し上げます。

――――――――――
山田 太郎
メール：taro@example.com
電話：090-1234-5678
――――――――――
`;

function missing(text: string): string[] {
  return lintOne(requiredParts, text).map((f) => f.message.ja);
}

describe('required-parts', () => {
  it('accepts a complete inquiry', () => {
    expect(missing(COMPLETE)).toEqual([]);
  });

  it.each([
    ['件名', COMPLETE.replace(/^件名：.*\n\n/, '')],
    ['宛名', COMPLETE.replace('人事部 佐藤様\n', '')],
    ['名乗り', COMPLETE.replace('東都大学経済学部4年の山田 太郎と申します。\n', '')],
    ['面接日', COMPLETE.replace('11月20日（金）に', '先日')],
    ['署名', COMPLETE.replace(/――――――――――[\s\S]*$/, '')],
    ['挨拶', COMPLETE.replace('お世話になっております。\n', '')],
    ['結び', COMPLETE.replace('何卒よろしくお願い申し上げます。\n', '')],
  ])('reports a missing %s', (part, text) => {
    expect(missing(text).some((m) => m.startsWith(part))).toBe(true);
  });

  it('uses the parts the template names when given', () => {
    const findings = lintOne(requiredParts, 'あなた：山田 太郎と申します。', 'phone', {
      requiredParts: ['self_intro', 'callback_number'],
    });
    expect(findings.map((f) => f.message.ja)).toEqual(['折り返し先の電話番号が見つかりません。']);
  });

  it('does not ask a thank-you for the interview date', () => {
    const thanks = COMPLETE.replace('選考結果に関するご確認', '一次面接のお礼').replace(
      '11月20日（金）に',
      '本日は',
    );
    expect(missing(thanks)).toEqual([]);
  });
});
