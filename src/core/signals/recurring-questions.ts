import { normalizeText, similarity } from './normalize.js';

export interface ReflectionQuestions {
  id: string;
  applicationId: string;
  companyName: string;
  /** When the reflection was written (ISO), for ordering. */
  at: string;
  questions: readonly string[];
}

export interface RecurringQuestion {
  /** The first wording seen. */
  question: string;
  wordings: string[];
  occurrences: { reflectionId: string; applicationId: string; companyName: string; at: string }[];
}

/** Two questions are the same when their keys are this similar, or one contains the other. */
export const SAME_QUESTION_AT = 0.6;
const MIN_CONTAINED = 4;

/** Polite endings that do not change the question: 「志望動機を教えてください」≈「志望動機は?」. */
const ENDINGS =
  /(?:について)?(?:を|は|が)?(?:教えてください|教えて下さい|聞かせてください|何ですか|なんですか|ですか|ますか|でしょうか|ください|か)?$/u;

export function questionKey(question: string): string {
  const key = normalizeText(question);
  const trimmed = key.replace(ENDINGS, '');
  return trimmed.length >= 2 ? trimmed : key;
}

function same(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= MIN_CONTAINED && long.includes(short)) return true;
  return similarity(a, b) >= SAME_QUESTION_AT;
}

/**
 * The questions that come back across interviews: grouped by a normalised key (NFKC, no
 * punctuation, polite endings dropped) and similar wording, kept when two or more reflections
 * share them. Ordered by how often they came back, then by when they were first seen.
 */
export function recurringQuestions(
  reflections: readonly ReflectionQuestions[],
): RecurringQuestion[] {
  const ordered = [...reflections].sort(
    (a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id),
  );
  const groups: { key: string; group: RecurringQuestion }[] = [];
  for (const reflection of ordered) {
    for (const question of reflection.questions) {
      const key = questionKey(question);
      if (!key) continue;
      let found = groups.find((g) => same(g.key, key));
      if (!found) {
        found = { key, group: { question: question.trim(), wordings: [], occurrences: [] } };
        groups.push(found);
      }
      const { group } = found;
      if (!group.wordings.includes(question.trim())) group.wordings.push(question.trim());
      if (!group.occurrences.some((o) => o.reflectionId === reflection.id)) {
        group.occurrences.push({
          reflectionId: reflection.id,
          applicationId: reflection.applicationId,
          companyName: reflection.companyName,
          at: reflection.at,
        });
      }
    }
  }
  return groups
    .map((g, index) => ({ ...g, index }))
    .filter((g) => g.group.occurrences.length >= 2)
    .sort((a, b) => b.group.occurrences.length - a.group.occurrences.length || a.index - b.index)
    .map((g) => g.group);
}
