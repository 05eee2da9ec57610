export { lintAll, sharedTextlintLinter, type LintAllOptions } from './lint-all.js';
export { TEXTLINT_RULES, type TextlintRuleRow } from './rule-table.js';
export { createTextlintLinter, type TextlintLinter } from './textlint-linter.js';
