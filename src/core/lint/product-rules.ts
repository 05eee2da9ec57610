import { inquiryLength } from './rules/inquiry-length.js';
import { kishaOnsha } from './rules/kisha-onsha.js';
import { noDemanding } from './rules/no-demanding.js';
import { noDoubleHonorific } from './rules/no-double-honorific.js';
import { noEmotional } from './rules/no-emotional.js';
import { requiredParts } from './rules/required-parts.js';
import { unfilledBlank } from './rules/unfilled-blank.js';
import { lintDraft } from './kernel.js';
import type { Finding, LintOptions, LintRule } from './types.js';

/** The product's own rules, as data: add a rule by adding a file and a row here. */
export const PRODUCT_RULES: readonly LintRule[] = [
  noEmotional,
  noDemanding,
  noDoubleHonorific,
  kishaOnsha,
  requiredParts,
  inquiryLength,
  unfilledBlank,
];

/** The product rules only: synchronous, no dictionaries, safe in the browser. */
export function lintProduct(text: string, options: Omit<LintOptions, 'rules'>): Finding[] {
  return lintDraft(text, { ...options, rules: PRODUCT_RULES });
}
