import type { Stage } from '../domain/stage.js';
import type { Bilingual } from './types.js';

/** What the user tells companies and must keep consistent (spec/signals.md, 001). */
export const STATEMENT_TOPICS = [
  'preference',
  'other_companies',
  'motivation',
  'career_plan',
] as const;
export type StatementTopic = (typeof STATEMENT_TOPICS)[number];

export const TOPIC_LABELS: Record<StatementTopic, Bilingual> = {
  preference: { ja: '志望度', en: 'How much you want this company' },
  other_companies: { ja: '他社の選考状況', en: "Other companies' selections" },
  motivation: { ja: '志望動機', en: 'Reasons for applying' },
  career_plan: { ja: 'キャリアプラン', en: 'Career plan' },
};

export interface Statement {
  id: string;
  companyId: string;
  companyName: string;
  stage: Stage;
  topic: StatementTopic;
  text: string;
  /** Set by the user for 志望度; when absent it is read from the text (saysFirstChoice). */
  firstChoice?: boolean | undefined;
  recordedAt: string;
}

/** 「第一志望群」 names a group, not a single first choice, and a negation is not a claim. */
const FIRST_CHOICE = /第(?:一|1)志望(?!群)|first[-\s]?choice/iu;
const NEGATED =
  /第(?:一|1)志望(?:で|じゃ|では)(?:は)?(?:ない|なく|ありません)|not\s+(?:my\s+|your\s+|the\s+)?first[-\s]?choice/iu;

/** Whether a statement tells the company it is the first choice. */
export function saysFirstChoice(statement: Pick<Statement, 'text' | 'firstChoice'>): boolean {
  if (statement.firstChoice !== undefined) return statement.firstChoice;
  const text = statement.text.normalize('NFKC');
  return FIRST_CHOICE.test(text) && !NEGATED.test(text);
}
