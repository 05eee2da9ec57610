import { describe, expect, it } from 'vitest';
import { applyFixes } from './apply-fixes.js';
import { formatFinding, summarizeFindings } from './format-findings.js';
import { hasErrors, lintDraft } from './kernel.js';
import { parseMail, positionOf } from './parse-mail.js';
import { PRODUCT_RULES, lintProduct } from './product-rules.js';
import type { LintRule } from './types.js';

describe('parseMail', () => {
  it.each([
    ['件名：選考結果に関するご確認（山田）\n本文', '選考結果に関するご確認（山田）', true],
    ['件名: 一次面接のお礼\n本文', '一次面接のお礼', false],
    ['件名：選考結果のご連絡へのお礼\n本文', '選考結果のご連絡へのお礼', false],
    ['本文だけ', null, false],
  ])('reads the subject of %j', (text, subject, inquiry) => {
    const c = parseMail(text, { rules: [], medium: 'email' });
    expect(c.subject).toBe(subject);
    expect(c.inquiry).toBe(inquiry);
  });

  it('finds the signature at the ruled line', () => {
    const text = '件名：x\n本文です。\n\n――――――――\n山田\n';
    expect(parseMail(text, { rules: [], medium: 'email' }).signatureStart).toBe(text.indexOf('―'));
  });
});

describe('lintDraft', () => {
  it('takes rules as values and fills in id, line and column', () => {
    const rule: LintRule = {
      id: 'no-x',
      severity: 'info',
      description: { ja: 'x', en: 'x' },
      lint: (c) => [{ index: c.text.indexOf('x'), length: 1, message: { ja: 'x', en: 'x' } }],
    };
    expect(lintDraft('ab\ncx', { rules: [rule], medium: 'email' })).toEqual([
      {
        ruleId: 'no-x',
        severity: 'info',
        message: { ja: 'x', en: 'x' },
        line: 2,
        column: 2,
        index: 4,
        length: 1,
      },
    ]);
  });

  it('orders by position, then severity, then rule id', () => {
    const text = '件名：確認\n\n御社の結果はまだですか。';
    const ids = lintProduct(text, { medium: 'email' }).map(
      (f) => `${f.line}:${f.column}:${f.ruleId}`,
    );
    expect(ids).toEqual(
      [...ids].sort((a, b) => {
        const [la, ca] = a.split(':').map(Number);
        const [lb, cb] = b.split(':').map(Number);
        return (la ?? 0) - (lb ?? 0) || (ca ?? 0) - (cb ?? 0);
      }),
    );
    expect(hasErrors(lintProduct(text, { medium: 'email' }))).toBe(true);
  });

  it('lists seven product rules, one per file, each named by its id', () => {
    expect(PRODUCT_RULES.map((r) => r.id)).toEqual([
      'no-emotional',
      'no-demanding',
      'no-double-honorific',
      'kisha-onsha',
      'required-parts',
      'inquiry-length',
      'unfilled-blank',
    ]);
  });

  it('points a missing part at the first text of the body', () => {
    const [f] = lintProduct('件名：お礼\n\n本日はありがとうございました。', {
      medium: 'email',
      requiredParts: ['signature'],
    });
    expect(f).toMatchObject({ line: 3, column: 1 });
  });
});

describe('fixes and output', () => {
  it('applies non-overlapping fixes', () => {
    const text = '御社の資料を拝見させていただきました。';
    expect(applyFixes(text, lintProduct(text, { medium: 'email', requiredParts: [] }))).toBe(
      '貴社の資料を拝見しました。',
    );
  });

  it('formats a finding and a summary in Japanese', () => {
    const [f] = lintProduct('至急', { medium: 'email', requiredParts: [] });
    expect(f && formatFinding(f)).toMatch(/^1:1 エラー 〔no-demanding〕 /);
    expect(summarizeFindings([])).toMatch(/^指摘はありません/);
  });

  it('counts positions in UTF-16 units from 1', () => {
    expect(positionOf('あ\nいう', 4)).toEqual({ line: 2, column: 3 });
  });
});
