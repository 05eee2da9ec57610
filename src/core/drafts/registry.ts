import type { DraftTemplate } from './template.js';
import { inquiryResult } from './templates/inquiry-result.js';
import { inquiryStatusAndSchedule } from './templates/inquiry-status-and-schedule.js';
import { offerMeetingQuestions } from './templates/offer-meeting-questions.js';
import { phoneAbsent } from './templates/phone-absent.js';
import { phoneBasic } from './templates/phone-basic.js';
import { phoneMaybeMissed } from './templates/phone-maybe-missed.js';
import { phoneVoicemail } from './templates/phone-voicemail.js';
import { questionFollowup } from './templates/question-followup.js';
import { reinquiry } from './templates/reinquiry.js';
import { replyDocumentRequest } from './templates/reply-document-request.js';
import { replyScheduling } from './templates/reply-scheduling.js';
import { replyToRejection } from './templates/reply-to-rejection.js';
import { thanksAfterCasual } from './templates/thanks-after-casual.js';
import { thanksAfterInterview } from './templates/thanks-after-interview.js';
import { TEMPLATE_IDS, type TemplateId } from './types.js';

/** The catalogue of drafts.md, in its order. */
export const DRAFT_TEMPLATES: readonly DraftTemplate[] = [
  thanksAfterInterview,
  thanksAfterCasual,
  questionFollowup,
  inquiryResult,
  inquiryStatusAndSchedule,
  reinquiry,
  replyToRejection,
  replyScheduling,
  replyDocumentRequest,
  offerMeetingQuestions,
  phoneBasic,
  phoneMaybeMissed,
  phoneAbsent,
  phoneVoicemail,
];

const BY_ID = new Map(DRAFT_TEMPLATES.map((t) => [t.id, t]));

export function isTemplateId(value: string): value is TemplateId {
  return (TEMPLATE_IDS as readonly string[]).includes(value);
}

export function getTemplate(id: TemplateId): DraftTemplate {
  const t = BY_ID.get(id);
  if (!t) throw new Error(`template ${id} is not in DRAFT_TEMPLATES`);
  return t;
}
