/** The follow-up policy (spec/followup.md): actions, guards, the today list, pictures. */
export { actionsFor } from './actions-for.js';
export {
  type TodayApplicationInput,
  type TodayInput,
  type TodayMemo,
  type TodayResult,
  computeToday,
  createTodayMemo,
} from './compute-today.js';
export {
  CONTACT_ACTION,
  type ContactKind,
  contactKindOf,
  contactKindOfTemplate,
} from './events.js';
export { type Funnel, funnel } from './funnel.js';
export {
  type ContactCheck,
  type ContactState,
  type ContactWarning,
  checkContact,
  contactStateFor,
} from './guards/check-contact.js';
export { type ContactMedium, nextContactSlot } from './guards/next-contact-slot.js';
export { ACTION_LABELS } from './labels.js';
export { ACTION_PRIORITY } from './priority.js';
export { type PromiseDates, resolveDates } from './resolve-dates.js';
export type { FollowupRule, Proposal, RuleContext } from './rule.js';
export { FOLLOWUP_RULES } from './rules/index.js';
export { type ApplicationTimeline, applicationTimeline } from './timeline.js';
export {
  type TodayItem,
  type TodayList,
  compareActions,
  todayItems,
  todayList,
} from './today-list.js';
export * from './types.js';
