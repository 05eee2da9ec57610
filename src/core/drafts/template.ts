import type { Bilingual, Medium, RequiredPart } from '../lint/types.js';
import type { BlankCollector } from './blanks.js';
import type { DraftContext, PhoneLine, TemplateId } from './types.js';

export interface Rendered {
  subject: string;
  body: string;
  lines?: PhoneLine[];
}

/** One row of the catalogue (drafts.md): metadata as data, plus the function that writes it. */
export interface DraftTemplate {
  id: TemplateId;
  medium: Medium;
  label: Bilingual;
  when: Bilingual;
  /** Seeds the etiquette comes from, by file number. */
  source: readonly string[];
  requiredParts: readonly RequiredPart[];
  /** Inquiries must name the interview date and stay short. */
  inquiry: boolean;
  /** Context the template reads beyond the common parts. */
  uses: readonly string[];
  render: (ctx: DraftContext, blanks: BlankCollector) => Rendered;
}

export const EMAIL_PARTS: readonly RequiredPart[] = [
  'subject',
  'addressee',
  'greeting',
  'self_intro',
  'closing',
  'signature',
];
export const INQUIRY_EMAIL_PARTS: readonly RequiredPart[] = [...EMAIL_PARTS, 'interview_date'];
export const PHONE_PARTS: readonly RequiredPart[] = ['self_intro', 'interview_date'];
export const MESSAGE_PHONE_PARTS: readonly RequiredPart[] = [...PHONE_PARTS, 'callback_number'];
