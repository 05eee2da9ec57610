/** Signs, reading, stage guidance, consistency and the offer checklist (spec/signals.md). */
export { baseRatesFor, isWithinAWeek } from './base-rates.js';
export { SIGNS, signById, signsFor } from './catalogue.js';
export { type ConsistencyWarning, type WarningKind, checkConsistency } from './consistency.js';
export {
  type ChecklistEntry,
  OFFER_CHECKLIST_ITEMS,
  type OfferItem,
  checklistProgress,
  completeChecklist,
} from './offer-checklist.js';
export { type ReadingContext, readSigns } from './read-signs.js';
export {
  type RecurringQuestion,
  type ReflectionQuestions,
  recurringQuestions,
} from './recurring-questions.js';
export { emptyReflection, matchesQuery, type Reflection, splitQuestions } from './reflection.js';
export { signStageOf } from './sign-stage.js';
export { SOURCES } from './sources.js';
export { stageGuidance } from './stage-guidance.js';
export {
  STATEMENT_TOPICS,
  type Statement,
  type StatementTopic,
  TOPIC_LABELS,
  saysFirstChoice,
} from './statements.js';
export * from './types.js';
