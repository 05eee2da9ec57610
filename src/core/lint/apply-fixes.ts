import type { Finding } from './types.js';

/**
 * Apply the fixes carried by findings, skipping any that overlap an earlier one.
 *
 * @example
 * applyFixes(text, lintDraft(text, options)) // 御社 → 貴社 in an email, …
 */
export function applyFixes(text: string, findings: readonly Finding[]): string {
  const fixes = findings
    .flatMap((f) => (f.fix ? [f.fix] : []))
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let out = '';
  let cursor = 0;
  for (const fix of fixes) {
    const [start, end] = fix.range;
    if (start < cursor) continue;
    out += text.slice(cursor, start) + fix.text;
    cursor = end;
  }
  return out + text.slice(cursor);
}
