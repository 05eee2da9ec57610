import { describe, expect, it } from 'vitest';
import { applyFixes } from '../apply-fixes.js';
import { lintOne } from '../lint-one.js';
import { kishaOnsha } from './kisha-onsha.js';

describe('kisha-onsha', () => {
  it.each([
    ['御社の事業に関心を持ちました。', 'email', '貴社の事業に関心を持ちました。'],
    [
      '貴社の面接を受けた件でお電話いたしました。',
      'phone',
      '御社の面接を受けた件でお電話いたしました。',
    ],
    ['御社と御社の', 'email', '貴社と貴社の'],
  ] as const)('flags %s in %s and fixes it', (input, medium, output) => {
    const findings = lintOne(kishaOnsha, input, medium);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
    expect(applyFixes(input, findings)).toBe(output);
  });

  it.each([
    ['貴社の事業に関心を持ちました。', 'email'],
    ['御社の面接を受けた件でお電話いたしました。', 'phone'],
    ['弊社からのご連絡です。', 'email'],
  ] as const)('accepts %s in %s', (text, medium) => {
    expect(lintOne(kishaOnsha, text, medium)).toEqual([]);
  });
});
