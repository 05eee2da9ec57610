import { describe, expect, it } from 'vitest';
import { applyFixes } from '../apply-fixes.js';
import { lintOne } from '../lint-one.js';
import { noDoubleHonorific } from './no-double-honorific.js';

/** [input, the text after applying the fixes] */
const FIXED: [string, string][] = [
  ['面接官がおっしゃられた通りです。', '面接官がおっしゃった通りです。'],
  ['資料を拝見させていただきました。', '資料を拝見しました。'],
  ['ご覧になられましたでしょうか。', 'ご覧になりましたでしょうか。'],
  ['状況をお伺いさせていただきたく存じます。', '状況を伺いたく存じます。'],
  ['佐藤様は何時ごろお戻りになられますか。', '佐藤様は何時ごろお戻りになりますか。'],
  ['人事部各位様', '人事部各位'],
  ['担当者がそう申されました。', '担当者がそうおっしゃいました。'],
];

const WARNED = ['佐藤部長様によろしくお伝えください。', '了解しました。', 'ご苦労様でした。'];

const VALID = [
  '面接官がおっしゃったことを振り返りました。',
  '資料を拝見いたしました。',
  '状況を伺いたくご連絡いたしました。',
  '人事部 佐藤様',
  '承知いたしました。',
];

describe('no-double-honorific', () => {
  it.each(FIXED)('flags %s and fixes it', (input, output) => {
    const findings = lintOne(noDoubleHonorific, input);
    expect(findings.some((f) => f.severity === 'error')).toBe(true);
    expect(applyFixes(input, findings)).toBe(output);
  });

  it.each(WARNED)('warns about %s', (text) => {
    const findings = lintOne(noDoubleHonorific, text);
    expect(findings.map((f) => f.severity)).toEqual(['warning']);
  });

  it.each(VALID)('accepts %s', (text) => {
    expect(lintOne(noDoubleHonorific, text)).toEqual([]);
  });
});
