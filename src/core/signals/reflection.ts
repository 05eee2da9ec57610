import { normalizeText } from './normalize.js';

/**
 * A reflection (振り返り) after an interview or a rejection, in the parts the seeds suggest:
 * questions answered badly and a better answer, delivery (expression, tone), company research
 * and reverse questions, and what to change next time (002 ①, 003 対処法②, 004).
 */
export interface Reflection {
  /** One question per entry, as the interviewer asked it. */
  questions: string[];
  betterAnswers: string;
  delivery: string;
  research: string;
  nextTime: string;
}

export const emptyReflection = (): Reflection => ({
  questions: [],
  betterAnswers: '',
  delivery: '',
  research: '',
  nextTime: '',
});

/** Splits a textarea into questions: one a line, blank lines and list bullets dropped. */
export function splitQuestions(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-・*●•]|\d+[.)．])\s*/u, '').trim())
    .filter((line) => line.length > 0);
}

/** Whether every word of the query appears somewhere in the reflection (NFKC, case-blind). */
export function matchesQuery(reflection: Reflection, query: string): boolean {
  const words = query.normalize('NFKC').split(/\s+/).map(normalizeText).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = normalizeText(
    [
      ...reflection.questions,
      reflection.betterAnswers,
      reflection.delivery,
      reflection.research,
      reflection.nextTime,
    ].join('\n'),
  );
  return words.every((w) => haystack.includes(w));
}
