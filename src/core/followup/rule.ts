import type { IsoDate } from '../domain/dates.js';
import type { FollowupState } from './state.js';
import type {
  ActionId,
  ActionWindow,
  Bilingual,
  BusinessCalendar,
  FollowupInput,
  SeedId,
} from './types.js';

export interface RuleContext {
  input: FollowupInput;
  state: FollowupState;
  today: IsoDate;
  cal: BusinessCalendar;
}

/** What a rule proposes; actionsFor adds the application, company, rule id and action id. */
export interface Proposal {
  action: ActionId;
  window: ActionWindow;
  reason: Bilingual;
  source: SeedId;
  template?: string | null;
  optional?: boolean;
  /** Distinguishes several actions of one kind (one reply per message). */
  key?: string;
  /** Still listed after `until` (a reply that is late is still owed). */
  keepOverdue?: boolean;
}

/** One concept per file under rules/; the ordered table is rules/index.ts. */
export interface FollowupRule {
  id: string;
  propose(ctx: RuleContext): readonly Proposal[];
}

/** The wait on the current promise, when nothing has ended it. */
export function openWait(state: FollowupState) {
  if (state.outcome !== null) return null;
  const c = state.current;
  return c && c.answer === null ? c : null;
}
