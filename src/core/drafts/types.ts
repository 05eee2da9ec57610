import type { IsoDate, IsoDateTime } from '../domain/dates.js';
import type { Company, ContactPerson, Profile } from '../domain/entities.js';
import type { Stage } from '../domain/stage.js';
import type { Bilingual, Medium, RequiredPart } from '../lint/types.js';

export const TEMPLATE_IDS = [
  'thanks_after_interview',
  'thanks_after_casual',
  'question_followup',
  'inquiry_result',
  'inquiry_status_and_schedule',
  'reinquiry',
  'reply_to_rejection',
  'reply_scheduling',
  'reply_document_request',
  'offer_meeting_questions',
  'phone_basic',
  'phone_maybe_missed',
  'phone_absent',
  'phone_voicemail',
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

import type { OfferTopic } from '../domain/offer-topics.js';

export { OFFER_TOPICS, type OfferTopic } from '../domain/offer-topics.js';

/** Free text the user supplies; a missing one becomes a 【…を記入】 blank. */
export interface DraftFields {
  /** thanks_after_interview: one specific thing from the interview. */
  impression?: string;
  /** thanks_after_casual: what became clearer. */
  clarified?: string;
  /** question_followup: the one short question. */
  question?: string;
  /** offer_meeting_questions: the user's question per checklist item (001). */
  offerQuestions?: Partial<Record<OfferTopic, string>>;
}

export interface TimeSlot {
  start: IsoDateTime;
  end?: IsoDateTime;
}

/**
 * Everything a template reads. Built by the caller from storage; `today` is a parameter,
 * never the clock.
 */
export interface DraftContext {
  today: IsoDate;
  profile: Profile;
  company: Pick<Company, 'name'>;
  contact?: Pick<ContactPerson, 'name' | 'department'>;
  /** The department to address when the contact person has none (e.g. 人事部). */
  department?: string;
  stage: Stage;
  position?: string;
  /** When the interview (or casual meeting) was held. */
  interviewAt?: IsoDateTime | IsoDate;
  /** The interviewer's words about the result, and the deadline they imply. */
  promise?: { words: string; deadline?: IsoDate };
  /** The date of the first inquiry (for reinquiry). */
  earlierInquiryOn?: IsoDate;
  /** reply_scheduling: the slot(s) the user picked, restated exactly. */
  slots?: readonly TimeSlot[];
  /** reply_document_request: what is attached, and the due date if one was given. */
  documents?: readonly string[];
  documentsDueOn?: IsoDate;
  /** thanks_after_casual: the user wishes to enter the selection (000). */
  wantsToProceed?: boolean;
  fields?: DraftFields;
}

/** A field the user must still supply; its marker stands in the text and blocks sending. */
export interface Blank {
  key: string;
  label: Bilingual;
  marker: string;
}

export type PhoneLine =
  | { speaker: 'you'; text: string }
  /** What the other side says: a cue, and room for the user's note. */
  | { speaker: 'company'; cue: string };

export interface Draft {
  template: TemplateId;
  medium: Medium;
  subject: string;
  body: string;
  blanks: Blank[];
  /** Phone scripts only. */
  lines?: PhoneLine[];
  requiredParts: readonly RequiredPart[];
  inquiry: boolean;
}
