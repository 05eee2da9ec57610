import { parseMail, positionOf } from './parse-mail.js';
import type { Finding, LintOptions, Report } from './types.js';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * Run rules (values, not names) over a whole email or phone script. Pure and synchronous.
 *
 * @example
 * lintDraft('件名：ご確認\n\n至急ご連絡ください。', { rules: PRODUCT_RULES, medium: 'email' })
 */
export function lintDraft(text: string, options: LintOptions): Finding[] {
  const context = parseMail(text, options);
  const findings: Finding[] = [];
  for (const rule of options.rules) {
    for (const report of rule.lint(context)) {
      findings.push(toFinding(text, rule.id, rule.severity, report));
    }
  }
  return sortFindings(findings);
}

function toFinding(text: string, ruleId: string, fallback: Finding['severity'], r: Report) {
  const { line, column } = positionOf(text, r.index);
  const finding: Finding = {
    ruleId,
    severity: r.severity ?? fallback,
    message: r.message,
    line,
    column,
    index: r.index,
    length: r.length,
  };
  if (r.suggestion !== undefined) finding.suggestion = r.suggestion;
  if (r.fix !== undefined) finding.fix = r.fix;
  return finding;
}

/** Position, then severity, then rule id: always exactly the same order. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      a.index - b.index ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.ruleId.localeCompare(b.ruleId) ||
      a.message.ja.localeCompare(b.message.ja),
  );
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
