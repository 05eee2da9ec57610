import { describe, expect, it } from 'vitest';
import { lintOne } from '../lint-one.js';
import { noDemanding } from './no-demanding.js';

const INVALID = [
  '面接の結果はどうなっていますか。',
  '選考結果はまだですか。',
  'いつになったらご連絡をいただけるのでしょうか。',
  '至急ご回答をお願いいたします。',
  '早急にご対応をお願いします。',
  'できるだけ早くご連絡をお願いいたします。',
  '催促するようで恐縮ですが、ご確認ください。',
  '本日中にお返事をお願いいたします。',
  '一週間経っても連絡が来ないのですが、どうなっているのでしょうか。',
  '結果を早く教えてください。',
  '合否についてご連絡ください。',
];

const VALID = [
  'お手すきの際に、お知らせいただければ幸いです。',
  '一日も早く貴社に貢献できるよう努めてまいります。',
  'ご不明な点がございましたら、ご連絡ください。',
  '念のため、選考状況を確認させていただきたくご連絡いたしました。',
  'まだ学ぶべきことが多いと感じております。',
  'ご都合が合わない場合は、いつでもご連絡ください。',
];

describe('no-demanding', () => {
  it.each(INVALID)('flags %s', (text) => {
    const findings = lintOne(noDemanding, text);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
  });

  it.each(VALID)('accepts %s', (text) => {
    expect(lintOne(noDemanding, text)).toEqual([]);
  });
});
