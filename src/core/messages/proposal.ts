import type { ApplicationStatus } from '../application/status.js';
import type { Stage } from '../domain/stage.js';
import { CATEGORY_LABELS, type MessageCategory } from './categories.js';

/** One change a message would make; nothing is applied until the user confirms (spec/messages.md). */
export type ProposedChange =
  | { type: 'outcome'; outcome: 'rejected' }
  | { type: 'stage'; stage: Stage }
  | { type: 'promise'; text: string }
  | {
      type: 'action';
      action: 'reply' | 'prepare' | 'reply_to_rejection' | 'reflect';
      due: string | null;
    };

export interface Proposal {
  category: MessageCategory;
  changes: ProposedChange[];
  reason: { ja: string; en: string };
}

export interface ProposalInput {
  category: MessageCategory;
  status: ApplicationStatus | null;
  /** Dates found in the text (返信期限 etc.), earliest first. */
  dates: readonly string[];
  /** A sentence carrying a new answer date ("12月1日までにご連絡します"), for status updates. */
  promiseText?: string | null;
  reapplyWelcome?: boolean;
}

const NEXT: Partial<Record<Stage, Stage>> = {
  casual: 'interview_1',
  document: 'interview_1',
  test: 'interview_1',
  interview_1: 'interview_2',
  interview_2: 'interview_n',
  interview_n: 'final',
  final: 'after_final',
};

/** What a message of this category proposes for the application (table of spec/messages.md). */
export function proposeChanges(input: ProposalInput): Proposal {
  const due = input.dates[0] ?? null;
  const label = CATEGORY_LABELS[input.category];
  const changes: ProposedChange[] = [];
  switch (input.category) {
    case 'rejection':
      changes.push(
        { type: 'outcome', outcome: 'rejected' },
        { type: 'action', action: 'reply_to_rejection', due: null },
        { type: 'action', action: 'reflect', due: null },
      );
      break;
    case 'next_step': {
      const next = input.status?.stage ? NEXT[input.status.stage] : undefined;
      if (next) changes.push({ type: 'stage', stage: next });
      changes.push({ type: 'action', action: 'reply', due });
      break;
    }
    case 'document_request':
    case 'scheduling':
      changes.push({ type: 'action', action: 'reply', due });
      break;
    case 'offer':
      changes.push({ type: 'stage', stage: 'offer' }, { type: 'action', action: 'reply', due });
      break;
    case 'offer_meeting':
      changes.push(
        { type: 'stage', stage: 'offer_meeting' },
        { type: 'action', action: 'prepare', due },
      );
      break;
    case 'status_update':
      if (input.promiseText) changes.push({ type: 'promise', text: input.promiseText });
      break;
    default:
      break;
  }
  const listed = changes.length === 0;
  return {
    category: input.category,
    changes,
    reason: {
      ja: listed ? `${label.ja}のため、変更はありません` : `${label.ja}のメールと判断したため`,
      en: listed ? `${label.en}: nothing to change` : `Read as: ${label.en}`,
    },
  };
}
