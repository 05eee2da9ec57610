import { sortFindings } from '../../core/lint/kernel.js';
import { lintProduct } from '../../core/lint/product-rules.js';
import type { Finding, LintOptions } from '../../core/lint/types.js';
import { type TextlintLinter, createTextlintLinter } from './textlint-linter.js';

let shared: Promise<TextlintLinter> | undefined;

/** One textlint linter per process: the dictionaries are loaded once. */
export function sharedTextlintLinter(): Promise<TextlintLinter> {
  shared ??= createTextlintLinter();
  return shared;
}

export type LintAllOptions = Omit<LintOptions, 'rules'> & { textlint?: TextlintLinter };

/**
 * The product rules and the textlint prose rules over the same text, in one sorted list.
 *
 * @example
 * const findings = await lintAll(text, { medium: 'email' });
 */
export async function lintAll(text: string, options: LintAllOptions): Promise<Finding[]> {
  const { textlint, ...productOptions } = options;
  const linter = textlint ?? (await sharedTextlintLinter());
  const [prose, product] = [await linter.lint(text), lintProduct(text, productOptions)];
  return sortFindings([...product, ...prose]);
}
