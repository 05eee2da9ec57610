import type { Finding } from '../lint/types.js';
import type { Draft } from './types.js';

export interface FindingJson {
  rule: string;
  severity: Finding['severity'];
  message: string;
  line: number;
  column: number;
}

/** The stable JSON of interfaces.md: message in Japanese. */
export function findingToJson(f: Finding): FindingJson {
  return {
    rule: f.ruleId,
    severity: f.severity,
    message: f.message.ja,
    line: f.line,
    column: f.column,
  };
}

/** `renraku draft … --json`: {"template","subject","body","findings":[…]}. */
export function draftToJson(draft: Draft, findings: readonly Finding[]) {
  return {
    template: draft.template,
    subject: draft.subject,
    body: draft.body,
    findings: findings.map(findingToJson),
  };
}
