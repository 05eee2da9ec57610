import type { Finding, Severity } from './types.js';

const SEVERITY_JA: Record<Severity, string> = { error: 'エラー', warning: '警告', info: '情報' };

/** 「3:5 エラー 〔no-demanding〕 …（候補: …）」: one line per finding, for people. */
export function formatFinding(f: Finding): string {
  const hint = f.suggestion !== undefined ? `（候補: ${f.suggestion}）` : '';
  return `${f.line}:${f.column} ${SEVERITY_JA[f.severity]} 〔${f.ruleId}〕 ${f.message.ja}${hint}`;
}

/** The closing line: counts by severity, or that nothing was found. */
export function summarizeFindings(findings: readonly Finding[]): string {
  if (findings.length === 0) return '指摘はありません。/ no findings.';
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const [e, w, i] = [count('error'), count('warning'), count('info')];
  const verdict = e > 0 ? '送信前に直してください。' : '送信できます。';
  return `エラー ${e} 件・警告 ${w} 件・情報 ${i} 件。${verdict} / ${e} errors, ${w} warnings, ${i} info.`;
}
