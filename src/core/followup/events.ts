import type { ApplicationEvent } from '../domain/entities.js';
import { type IsoDate, tokyoDateOfString } from '../domain/dates.js';
import type { ActionId } from './types.js';

/**
 * How the timeline's events map to follow-up facts (documented decisions):
 *
 * - `email_sent` / `call_made` carry the draft template in `data.template` (else the
 *   free-text `data.purpose` is read the same way):
 *   - `thanks_after_interview`, `thanks_after_casual` → a thank-you was sent;
 *   - `inquiry_result`, `inquiry_status_and_schedule`, any `phone_*` → an inquiry was made;
 *   - `reinquiry` → a re-inquiry was made (counts as an inquiry too);
 *   - `reply_to_rejection` → the optional thank-you after a rejection was sent;
 *   - `state_intent` (purpose) → the wish to go on was stated;
 *   - any other template starting with `reply`, `offer_meeting_questions`, or no template and
 *     no purpose → a reply to the company's last message.
 * - `message` events: `data.category` from spec/messages.md. `acknowledgement`, `other`
 *   and `outgoing` are not an answer; every other category is the company's contact and
 *   ends the wait. An `outgoing` message counts as the user's reply.
 * - `note` events: a reflection is a note whose `data.kind` is `'reflection'`, or whose text
 *   starts with 「振り返り」 or 「【振り返り】」. A note with `data.kind` `'checked_missed'`
 *   (or text starting with 「見落とし確認済」) closes check_missed.
 */
export type ContactKind =
  | 'thanks'
  | 'inquiry'
  | 'reinquiry'
  | 'reply_to_rejection'
  | 'state_intent'
  | 'reply';

const THANKS = new Set(['thanks_after_interview', 'thanks_after_casual']);
const INQUIRY = new Set(['inquiry_result', 'inquiry_status_and_schedule']);

export function contactKindOf(event: ApplicationEvent): ContactKind | null {
  if (event.type === 'message') return event.data.category === 'outgoing' ? 'reply' : null;
  if (event.type !== 'email_sent' && event.type !== 'call_made') return null;
  return contactKindOfTemplate(event.data.template ?? event.data.purpose ?? '');
}

/** What sending a draft of this template (or with this purpose) counts as. */
export function contactKindOfTemplate(id: string): ContactKind {
  if (THANKS.has(id)) return 'thanks';
  if (INQUIRY.has(id) || id.startsWith('phone_') || id === 'inquiry') return 'inquiry';
  if (id === 'reinquiry') return 'reinquiry';
  if (id === 'reply_to_rejection') return 'reply_to_rejection';
  if (id === 'state_intent') return 'state_intent';
  return 'reply';
}

/** The action a contact of each kind carries out: the draft editor's "sent" records it. */
export const CONTACT_ACTION: Readonly<Record<ContactKind, ActionId>> = {
  thanks: 'send_thanks',
  inquiry: 'inquire',
  reinquiry: 'reinquire',
  reply_to_rejection: 'reply_to_rejection',
  state_intent: 'state_intent',
  reply: 'reply',
};

/** Company message categories that are an answer (spec/messages.md). */
const NOT_AN_ANSWER = new Set(['acknowledgement', 'other', 'outgoing']);

export function isCompanyAnswer(event: ApplicationEvent): boolean {
  return event.type === 'message' && !NOT_AN_ANSWER.has(event.data.category);
}

/** Categories that ask the user for something (spec/messages.md: `reply`). */
export const REPLY_TEMPLATES: Readonly<Record<string, string | null>> = {
  next_step: 'reply_scheduling',
  scheduling: 'reply_scheduling',
  document_request: 'reply_document_request',
  offer: null,
};

function noteKind(event: ApplicationEvent): string | null {
  if (event.type !== 'note') return null;
  const data: object = event.data;
  if ('kind' in data && typeof data.kind === 'string') return data.kind;
  const text = event.data.text.trim();
  if (text.startsWith('振り返り') || text.startsWith('【振り返り】')) return 'reflection';
  if (text.startsWith('見落とし確認済')) return 'checked_missed';
  return null;
}

export const isReflection = (e: ApplicationEvent): boolean => noteKind(e) === 'reflection';
export const isMissedCheck = (e: ApplicationEvent): boolean => noteKind(e) === 'checked_missed';

/** The Tokyo date an event happened on (an interview: the day it was held). */
export function eventDate(event: ApplicationEvent): IsoDate {
  const at = event.type === 'interview' ? event.data.at : event.occurredAt;
  // Stored date-times carry +09:00 (dates.ts): their date part is already Tokyo's.
  if (at.length >= 16 && at.endsWith('+09:00')) return at.slice(0, 10);
  return tokyoDateOfString(at) ?? at.slice(0, 10);
}

export function isRejection(event: ApplicationEvent): boolean {
  return (
    (event.type === 'message' && event.data.category === 'rejection') ||
    (event.type === 'status' && event.data.outcome === 'rejected')
  );
}
