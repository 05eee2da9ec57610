import type { Severity } from '../../core/lint/types.js';

/**
 * The textlint rules applied to drafts, as data: which package, which options, how severe a
 * finding is in a business mail, and an English gloss (textlint messages are Japanese).
 */
export interface TextlintRuleRow {
  ruleId: string;
  load: () => Promise<unknown>;
  options: Record<string, unknown> | true;
  severity: Severity;
  en: string;
}

export const TEXTLINT_RULES: readonly TextlintRuleRow[] = [
  {
    ruleId: 'no-doubled-joshi',
    load: () => import('textlint-rule-no-doubled-joshi'),
    options: true,
    severity: 'warning',
    en: 'The same particle appears twice in one sentence.',
  },
  {
    ruleId: 'no-mix-dearu-desumasu',
    load: () => import('textlint-rule-no-mix-dearu-desumasu'),
    // Business mail is written in です・ます throughout.
    options: {
      preferInHeader: '',
      preferInBody: 'ですます',
      preferInList: 'ですます',
      strict: false,
    },
    severity: 'warning',
    en: 'Mixes the である style into です・ます prose.',
  },
  {
    ruleId: 'no-dropping-the-ra',
    load: () => import('textlint-rule-no-dropping-the-ra'),
    options: true,
    severity: 'error',
    en: 'ら抜き言葉 (dropped ら), a grammar error in formal writing.',
  },
  {
    ruleId: 'max-ten',
    load: () => import('textlint-rule-max-ten'),
    // Three 、 per sentence at most: a longer sentence should be split.
    options: { max: 3 },
    severity: 'warning',
    en: 'Too many 、 in one sentence; split it.',
  },
  {
    ruleId: 'ja-no-redundant-expression',
    load: () => import('textlint-rule-ja-no-redundant-expression'),
    options: true,
    severity: 'warning',
    en: 'A redundant expression that can be shortened.',
  },
  {
    ruleId: 'ja-no-abusage',
    load: () => import('textlint-rule-ja-no-abusage'),
    options: true,
    severity: 'error',
    en: 'A common misuse of a word.',
  },
  {
    ruleId: 'no-double-negative-ja',
    load: () => import('textlint-rule-no-double-negative-ja'),
    options: true,
    severity: 'warning',
    en: 'A double negative; say it positively.',
  },
  {
    ruleId: 'no-doubled-conjunctive-particle-ga',
    load: () => import('textlint-rule-no-doubled-conjunctive-particle-ga'),
    options: true,
    severity: 'warning',
    en: 'The conjunctive particle が is used twice in one sentence.',
  },
];
