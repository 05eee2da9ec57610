import { lintDraft } from './kernel.js';
import type { Finding, LintOptions, LintRule, Medium } from './types.js';

/** Run a single rule: the findings a rule's valid/invalid table is checked against. */
export function lintOne(
  rule: LintRule,
  text: string,
  medium: Medium = 'email',
  extra: Omit<LintOptions, 'rules' | 'medium'> = {},
): Finding[] {
  return lintDraft(text, { ...extra, rules: [rule], medium });
}
