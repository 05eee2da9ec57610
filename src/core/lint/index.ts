export { applyFixes } from './apply-fixes.js';
export { formatFinding, summarizeFindings } from './format-findings.js';
export { hasErrors, lintDraft, sortFindings } from './kernel.js';
export { parseMail, positionOf } from './parse-mail.js';
export { PART_DETECTORS, defaultRequiredParts } from './part-detectors.js';
export { PRODUCT_RULES, lintProduct } from './product-rules.js';
export type * from './types.js';
