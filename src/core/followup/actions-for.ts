import type { Proposal } from './rule.js';
import { FOLLOWUP_RULES } from './rules/index.js';
import { deriveFollowupState, type FollowupState } from './state.js';
import type { Action, FollowupInput } from './types.js';

/**
 * The open actions of one application on `input.today`, with windows, reasons and sources.
 * Actions that start later are included (todayList files them under "upcoming"); an action
 * whose window closed before today is dropped unless it is still owed (a late reply).
 *
 * @example
 * actionsFor({ application, company, events, promises, today: '2026-11-30', calendar })
 * // → [{ action: 'check_missed', … }, { action: 'inquire', window: { from: '2026-11-30', … } }]
 */
export function actionsFor(input: FollowupInput, rules = FOLLOWUP_RULES): Action[] {
  return actionsFromState(input, deriveFollowupState(input), rules);
}

/** actionsFor with the timeline already digested (computeToday digests it once). */
export function actionsFromState(
  input: FollowupInput,
  state: FollowupState,
  rules = FOLLOWUP_RULES,
): Action[] {
  const ctx = { input, state, today: input.today, cal: input.calendar };
  const actions: Action[] = [];
  for (const rule of rules) {
    for (const p of rule.propose(ctx)) {
      if (isLapsed(p, input.today)) continue;
      actions.push(toAction(input, rule.id, p));
    }
  }
  return actions;
}

function isLapsed(p: Proposal, today: string): boolean {
  return p.window.until !== null && p.window.until < today && !p.keepOverdue;
}

function toAction(input: FollowupInput, rule: string, p: Proposal): Action {
  const applicationId = input.application.id;
  return {
    id: `${applicationId}:${p.action}${p.key ? `:${p.key}` : ''}`,
    applicationId,
    company: input.company.name,
    action: p.action,
    window: p.window,
    reason: p.reason,
    source: p.source,
    rule,
    template: p.template ?? null,
    optional: p.optional ?? false,
  };
}
