import type { Bilingual, LintContext, Report, Severity } from './types.js';

/** One row of a phrase table: a pattern, why it is flagged, and optionally what to write. */
export interface PhraseEntry {
  pattern: RegExp;
  message: Bilingual;
  severity?: Severity;
  /** Replacement text for the whole match (a fix as data). */
  replacement?: string;
  suggestion?: string;
  /** Keep the match only when this holds (e.g. only in a demanding sentence). */
  when?: (match: RegExpExecArray, context: LintContext) => boolean;
}

/**
 * Find every match of every entry in the whole text. Entries are tried in order and a match
 * overlapping an earlier report is dropped, so exact forms (with a fix) win over generic stems.
 */
export function findPhrases(context: LintContext, table: readonly PhraseEntry[]): Report[] {
  const reports: Report[] = [];
  const overlaps = (start: number, end: number) =>
    reports.some((r) => start < r.index + r.length && r.index < end);
  for (const entry of table) {
    const re = new RegExp(entry.pattern.source, `${entry.pattern.flags.replace('g', '')}g`);
    for (let m = re.exec(context.text); m !== null; m = re.exec(context.text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (entry.when && !entry.when(m, context)) continue;
      if (overlaps(m.index, m.index + m[0].length)) continue;
      const report: Report = { index: m.index, length: m[0].length, message: entry.message };
      if (entry.severity) report.severity = entry.severity;
      if (entry.replacement !== undefined) {
        report.fix = { range: [m.index, m.index + m[0].length], text: entry.replacement };
        report.suggestion = entry.replacement;
      }
      if (entry.suggestion !== undefined) report.suggestion = entry.suggestion;
      reports.push(report);
    }
  }
  return reports;
}

/** The sentence around an offset (between 。！？ or line breaks). */
export function sentenceAt(text: string, index: number): string {
  const before = text.slice(0, index);
  const start =
    Math.max(...['。', '！', '？', '!', '?', '\n'].map((c) => before.lastIndexOf(c))) + 1;
  const after = text.slice(index);
  const ends = ['。', '！', '？', '!', '?', '\n']
    .map((c) => after.indexOf(c))
    .filter((i) => i !== -1);
  const end = ends.length > 0 ? index + Math.min(...ends) + 1 : text.length;
  return text.slice(start, end);
}
