export { BlankCollector } from './blanks.js';
export { draftContextFromTimeline, type TimelineDraftInput } from './context-from-timeline.js';
export { formatJaDate, formatJaSlot, formatJaTime } from './format-date.js';
export { DRAFT_TEMPLATES, getTemplate, isTemplateId } from './registry.js';
export { draftToText, lintOptionsFor, renderDraft } from './render.js';
export type { DraftTemplate } from './template.js';
export { OFFER_TOPIC_LABELS } from './templates/offer-meeting-questions.js';
export { draftToJson, findingToJson, type FindingJson } from './to-json.js';
export * from './types.js';
