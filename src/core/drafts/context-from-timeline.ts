import { type IsoDate, tokyoDateOfString } from '../domain/dates.js';
import type {
  Application,
  ApplicationEvent,
  Company,
  ContactPerson,
  Profile,
} from '../domain/entities.js';
import type { Stage } from '../domain/stage.js';
import type { DraftContext, TemplateId } from './types.js';

/** Templates whose sending counts as the first inquiry, for the re-inquiry's date. */
const INQUIRY_TEMPLATES: ReadonlySet<string> = new Set<TemplateId>([
  'inquiry_result',
  'inquiry_status_and_schedule',
  'phone_basic',
  'phone_maybe_missed',
  'phone_absent',
  'phone_voicemail',
]);

export interface TimelineDraftInput {
  today: IsoDate;
  profile: Profile;
  company: Pick<Company, 'name'>;
  contact?: Pick<ContactPerson, 'name' | 'department'>;
  application: Pick<Application, 'position'>;
  events: readonly ApplicationEvent[];
  /** The deadline the promise reader computed for the latest promise, if any. */
  deadline?: IsoDate;
  /** Used when the timeline has no interview yet. */
  fallbackStage?: Stage;
  /** What only the user or a message can say: slots, documents, free text. */
  extra?: Pick<
    DraftContext,
    'slots' | 'documents' | 'documentsDueOn' | 'wantsToProceed' | 'fields' | 'department'
  >;
}

type Of<T extends ApplicationEvent['type']> = Extract<ApplicationEvent, { type: T }>;

/** Instants compared as instants: '2026-11-20T14:00+09:00' and '…T05:00Z' are the same. */
function byTime(a: ApplicationEvent, b: ApplicationEvent): number {
  return Date.parse(a.occurredAt) - Date.parse(b.occurredAt) || a.id.localeCompare(b.id);
}

function latest<T extends ApplicationEvent['type']>(events: readonly ApplicationEvent[], type: T) {
  return events
    .filter((e): e is Of<T> => e.type === type)
    .sort(byTime)
    .at(-1);
}

/**
 * The context of a draft from an application's append-only timeline: the latest interview
 * gives stage and date, its promise the words, and the first inquiry sent after it the date
 * the re-inquiry refers to.
 *
 * @example
 * renderDraft('reinquiry', draftContextFromTimeline({ today, profile, company, application, events }))
 */
export function draftContextFromTimeline(input: TimelineDraftInput): DraftContext {
  const { events } = input;
  const interview = latest(events, 'interview');
  const promises = events.filter((e): e is Of<'promise'> => e.type === 'promise');
  const promise =
    promises.filter((p) => interview && p.data.interviewEventId === interview.id).at(-1) ??
    latest(promises, 'promise');
  const since = interview ? Date.parse(interview.occurredAt) : Number.NEGATIVE_INFINITY;
  const firstInquiry = events
    .filter(
      (e): e is Of<'email_sent'> | Of<'call_made'> =>
        (e.type === 'email_sent' || e.type === 'call_made') &&
        INQUIRY_TEMPLATES.has(e.data.template ?? '') &&
        Date.parse(e.occurredAt) >= since,
    )
    .sort(byTime)[0];

  const ctx: DraftContext = {
    ...input.extra,
    today: input.today,
    profile: input.profile,
    company: input.company,
    stage: interview?.data.stage ?? input.fallbackStage ?? 'interview_1',
  };
  if (input.contact) ctx.contact = input.contact;
  if (input.application.position) ctx.position = input.application.position;
  if (interview) ctx.interviewAt = interview.data.at;
  if (promise) {
    ctx.promise = input.deadline
      ? { words: promise.data.text, deadline: input.deadline }
      : { words: promise.data.text };
  }
  const inquiryDay = firstInquiry ? tokyoDateOfString(firstInquiry.occurredAt) : null;
  if (inquiryDay) ctx.earlierInquiryOn = inquiryDay;
  return ctx;
}
