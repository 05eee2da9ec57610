import { STAGE_LABELS } from '../domain/stage.js';
import { normalizeText, similarity } from './normalize.js';
import {
  type Statement,
  type StatementTopic,
  TOPIC_LABELS,
  saysFirstChoice,
} from './statements.js';
import type { Bilingual } from './types.js';

export type WarningKind = 'first_choice_twice' | 'changed_story';

export interface ConsistencyWarning {
  kind: WarningKind;
  /** 'info' where a change is natural (other companies' progress moves on). */
  severity: 'warning' | 'info';
  companies: { id: string; name: string }[];
  topic: StatementTopic;
  statementIds: string[];
  message: Bilingual;
}

/** Below this bigram similarity two answers on the same topic count as different stories. */
export const DIFFERENT_BELOW = 0.5;

const byTime = (a: Statement, b: Statement) =>
  a.recordedAt.localeCompare(b.recordedAt) || a.id.localeCompare(b.id);

/**
 * Checks what the user told companies (001: saying different things from one stage to the next
 * costs trust): two companies each told they are the first choice, and one company told
 * different things at different stages. Deterministic: warnings come in company-name order.
 */
export function checkConsistency(statements: readonly Statement[]): ConsistencyWarning[] {
  const sorted = [...statements].sort(byTime);
  return [...firstChoiceTwice(sorted), ...changedStories(sorted)];
}

function firstChoiceTwice(sorted: readonly Statement[]): ConsistencyWarning[] {
  // The latest 志望度 statement per company is what that company now believes.
  const latest = new Map<string, Statement>();
  for (const s of sorted) if (s.topic === 'preference') latest.set(s.companyId, s);
  const firsts = [...latest.values()]
    .filter((s) => saysFirstChoice(s))
    .sort(
      (a, b) =>
        a.companyName.localeCompare(b.companyName, 'ja') || a.companyId.localeCompare(b.companyId),
    );
  if (firsts.length < 2) return [];
  const names = firsts.map((s) => s.companyName);
  return [
    {
      kind: 'first_choice_twice',
      severity: 'warning',
      companies: firsts.map((s) => ({ id: s.companyId, name: s.companyName })),
      topic: 'preference',
      statementIds: firsts.map((s) => s.id),
      message: {
        ja: `${names.map((n) => `「${n}」`).join('と')}の両方に「第一志望」と伝えています。次の面談で聞かれたときにどう答えるか、決めておきましょう（001）。`,
        en: `You told ${names.join(' and ')} that each is your first choice. Decide how you will answer when asked again (001).`,
      },
    },
  ];
}

function changedStories(sorted: readonly Statement[]): ConsistencyWarning[] {
  const groups = new Map<string, Statement[]>();
  for (const s of sorted) {
    const key = `${s.companyId}\u0000${s.topic}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const warnings: ConsistencyWarning[] = [];
  for (const group of groups.values()) {
    for (let i = 1; i < group.length; i++) {
      const before = group[i - 1];
      const after = group[i];
      if (!before || !after || before.stage === after.stage || !differ(before, after)) continue;
      warnings.push(changedStory(before, after));
    }
  }
  return warnings.sort(
    (a, b) =>
      (a.companies[0]?.name ?? '').localeCompare(b.companies[0]?.name ?? '', 'ja') ||
      a.statementIds.join().localeCompare(b.statementIds.join()),
  );
}

/** 志望度 differs when the first-choice claim changes; other topics when the wording does. */
function differ(a: Statement, b: Statement): boolean {
  if (a.topic === 'preference') return saysFirstChoice(a) !== saysFirstChoice(b);
  return similarity(normalizeText(a.text), normalizeText(b.text)) < DIFFERENT_BELOW;
}

function changedStory(before: Statement, after: Statement): ConsistencyWarning {
  const topic = TOPIC_LABELS[before.topic];
  const [from, to] = [STAGE_LABELS[before.stage], STAGE_LABELS[after.stage]];
  const natural = before.topic === 'other_companies';
  return {
    kind: 'changed_story',
    severity: natural ? 'info' : 'warning',
    companies: [{ id: before.companyId, name: before.companyName }],
    topic: before.topic,
    statementIds: [before.id, after.id],
    message: natural
      ? {
          ja: `「${before.companyName}」に伝えた${topic.ja}が、${from.ja}と${to.ja}で変わっています。進み具合が変わったなら、聞かれたときに説明できるようにしておきましょう（001）。`,
          en: `What you told ${before.companyName} about ${topic.en.toLowerCase()} changed between the ${from.en.toLowerCase()} and the ${to.en.toLowerCase()}. If things moved on, be ready to explain (001).`,
        }
      : {
          ja: `「${before.companyName}」に、${from.ja}と${to.ja}で違う${topic.ja}を伝えています。食い違いは信頼を損ねるので、次の面談の前に見直しましょう（001）。`,
          en: `You told ${before.companyName} different things about ${topic.en.toLowerCase()} at the ${from.en.toLowerCase()} and the ${to.en.toLowerCase()}. Review it before the next meeting: contradictions cost trust (001).`,
        },
  };
}
