import { beforeAll, describe, expect, it } from 'vitest';
import { DEFECTIVE } from '../../core/lint/fixtures/defective.js';
import { GOOD } from '../../core/lint/fixtures/good.js';
import { buildMail } from '../../core/lint/fixtures/build-mail.js';
import { lintAll } from './lint-all.js';
import { unwrapRule } from './load-rule.js';
import { TEXTLINT_RULES } from './rule-table.js';
import { type TextlintLinter, createTextlintLinter } from './textlint-linter.js';

let linter: TextlintLinter;
beforeAll(async () => {
  linter = await createTextlintLinter();
}, 60_000);

/** Prose defects each textlint rule must catch, inside an otherwise good mail. */
const PROSE_DEFECTS: [rule: string, sentence: string][] = [
  ['no-dropping-the-ra', '12月3日（木）でしたら面接に来れる予定です。'],
  ['no-doubled-joshi', '私は貴社は第一志望です。'],
  ['no-mix-dearu-desumasu', '貴社は第一志望である。'],
  ['max-ten', 'その日は、午前中は授業があり、午後は、ゼミがあり、夕方は空いております。'],
  ['ja-no-redundant-expression', '12月3日（木）であれば参加することができます。'],
  ['ja-no-abusage', '説明が分かりずらい点がございましたら申し訳ございません。'],
  ['no-double-negative-ja', 'その日程でも参加できなくもないです。'],
  ['no-doubled-conjunctive-particle-ga', '面接を受けましたが、日程がまだですが、確認したいです。'],
];

describe('textlint rules', () => {
  it('loads every configured rule', () => {
    expect(TEXTLINT_RULES.map((r) => r.ruleId).sort()).toEqual(
      PROSE_DEFECTS.map(([r]) => r).sort(),
    );
  });

  it.each(PROSE_DEFECTS)('%s flags: %s', async (rule, sentence) => {
    const text = buildMail({ subject: '一次面接のお礼（山田 太郎）', body: sentence });
    const findings = await linter.lint(text);
    const hit = findings.find((f) => f.ruleId === rule);
    if (!hit) throw new Error(`${rule} did not flag ${sentence}`);
    // line/column and index point at the same character
    expect(text.split('\n')[hit.line - 1]?.[hit.column - 1]).toBe(text[hit.index]);
  });

  it('maps positions to 1-based line and column', async () => {
    const [f] = await linter.lint('件名：お礼\n\n面接に来れる予定です。');
    expect(f).toMatchObject({ ruleId: 'no-dropping-the-ra', line: 3, severity: 'error' });
    expect(f?.message.en).toMatch(/ら抜き/);
  });

  it.each(GOOD.map((g) => [g.name, g] as const))(
    'good mail has no prose findings: %s',
    async (_, g) => {
      expect(await linter.lint(g.text)).toEqual([]);
    },
  );

  it.each(DEFECTIVE.map((d) => [d.name, d] as const))('lintAll still reports %s', async (_, d) => {
    const findings = await lintAll(d.text, {
      medium: d.medium,
      textlint: linter,
      ...(d.inquiry !== undefined ? { inquiry: d.inquiry } : {}),
      ...(d.name.startsWith('a voicemail')
        ? { requiredParts: ['self_intro', 'interview_date', 'callback_number'] as const }
        : {}),
    });
    expect(findings.map((f) => f.ruleId)).toContain(d.rule);
  });
});

describe('unwrapRule', () => {
  const rule = { linter: () => ({}) };
  it.each([
    ['a bare rule', rule],
    ['default', { default: rule }],
    ['default.default (CommonJS via ESM)', { default: { default: rule } }],
  ])('unwraps %s', (_, mod) => {
    expect(unwrapRule(mod, 'x')).toBe(rule);
  });

  it('refuses something that is not a rule', () => {
    expect(() => unwrapRule({ default: 42 }, 'broken')).toThrow(/broken/);
  });
});
