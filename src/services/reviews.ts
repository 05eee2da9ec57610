import type { ApplicationEvent } from '../core/domain/entities.js';
import type { Stage } from '../core/domain/stage.js';
import { type ChecklistEntry, completeChecklist } from '../core/signals/offer-checklist.js';
import { readSigns } from '../core/signals/read-signs.js';
import type { Reflection } from '../core/signals/reflection.js';
import { stageGuidance } from '../core/signals/stage-guidance.js';
import type { SignReading } from '../core/signals/types.js';
import { getReview, listReviews, saveReview } from '../storage/repos/reviews.js';
import { inTransaction } from '../storage/scope.js';
import { getApplicationView } from './applications.js';
import { type ServiceContext, tokyoIso } from './context.js';
import { notFound } from './errors.js';
import { type ReflectionEntry, reflectionEntries, warningsFor } from './reviews-across.js';

type InterviewEvent = Extract<ApplicationEvent, { type: 'interview' }>;

export interface InterviewRef {
  eventId: string;
  stage: Stage;
  at: string;
  /** The words said about the result at this interview, verbatim. */
  promiseText: string | null;
}

export interface SignsResult {
  interview: InterviewRef;
  signs: string[];
  reading: SignReading;
}

/** The offer checklist is shown once the selection has reached the offer (001). */
const OFFER_STAGES: readonly Stage[] = ['offer_meeting', 'offer'];

/** Everything the review page shows for one application. */
export async function getReviewView(ctx: ServiceContext, applicationId: string) {
  const view = await getApplicationView(ctx, applicationId);
  const interview = latestInterview(view.events);
  const [reviews, warnings] = await Promise.all([
    listReviews(ctx.storage.db, ctx.userId, [applicationId]),
    warningsFor(ctx, view.company.id),
  ]);
  const main = reviews.find((r) => r.eventId === null);
  const signs = (interview && reviews.find((r) => r.eventId === interview.id)?.signs) || [];
  const ref = interview ? interviewRef(interview, view.events) : null;
  const stage = view.status.stage;
  return {
    application: view.application,
    company: { id: view.company.id, name: view.company.name },
    status: view.status,
    interview: ref,
    signs,
    reading: ref ? reading(ref, signs) : null,
    guidance: stage ? stageGuidance(stage) : null,
    statements: (main?.statements ?? []).map((s) => ({ ...s, companyName: view.company.name })),
    warnings,
    showOfferChecklist: stage !== null && OFFER_STAGES.includes(stage),
    offerChecklist: completeChecklist(main?.offerChecklist ?? []),
    reflections: reflectionEntries(reviews, view.events, view.company.name),
  };
}

/** Records the signs ticked for an interview (the latest one when no event is named). */
export async function recordSigns(
  ctx: ServiceContext,
  applicationId: string,
  input: { eventId?: string | undefined; signs: string[] },
): Promise<SignsResult> {
  const { interview, events } = await requireInterview(ctx, applicationId, input.eventId);
  const signs = [...new Set(input.signs)];
  await inReviewTransaction(ctx, (db) =>
    saveReview(db, ctx.userId, { applicationId, eventId: interview.id }, { signs }, now(ctx)),
  );
  const ref = interviewRef(interview, events);
  return { interview: ref, signs, reading: reading(ref, signs) };
}

/** Records the reflection on an interview, or on the application (after a rejection). */
export async function recordReflection(
  ctx: ServiceContext,
  applicationId: string,
  input: { eventId?: string | undefined; reflection: Reflection },
): Promise<ReflectionEntry> {
  const view = await getApplicationView(ctx, applicationId);
  const interview = input.eventId ? findInterview(view.events, input.eventId) : null;
  const record = await inReviewTransaction(ctx, (db) =>
    saveReview(
      db,
      ctx.userId,
      { applicationId, eventId: interview?.id ?? null },
      { reflection: input.reflection },
      now(ctx),
    ),
  );
  const [entry] = reflectionEntries([record], view.events, view.company.name);
  if (!entry) throw notFound({ ja: '振り返り', en: 'reflection' });
  return entry;
}

export async function getOfferChecklist(ctx: ServiceContext, applicationId: string) {
  await getApplicationView(ctx, applicationId);
  const review = await getReview(ctx.storage.db, ctx.userId, applicationId, null);
  return completeChecklist(review?.offerChecklist ?? []);
}

export async function updateOfferChecklist(
  ctx: ServiceContext,
  applicationId: string,
  entries: readonly Partial<ChecklistEntry>[],
): Promise<ChecklistEntry[]> {
  await getApplicationView(ctx, applicationId);
  const offerChecklist = completeChecklist(entries);
  await inReviewTransaction(ctx, (db) =>
    saveReview(db, ctx.userId, { applicationId, eventId: null }, { offerChecklist }, now(ctx)),
  );
  return offerChecklist;
}

const now = (ctx: ServiceContext) => tokyoIso(ctx.now());

/**
 * saveReview reads then writes, so it runs in a transaction. Without a unique index (the landed
 * schema has none) two concurrent first saves on PostgreSQL could still insert two rows;
 * getReview then always uses the oldest, so nothing is lost from view but the later write.
 * Inside a request's user scope the scope's transaction is reused.
 */
const inReviewTransaction = <T>(ctx: ServiceContext, work: (db: Database) => Promise<T>) =>
  inTransaction(ctx.storage.db, work);

type Database = ServiceContext['storage']['db'];

async function requireInterview(
  ctx: ServiceContext,
  applicationId: string,
  eventId: string | undefined,
): Promise<{ interview: InterviewEvent; events: ApplicationEvent[] }> {
  const { events } = await getApplicationView(ctx, applicationId);
  const interview = eventId ? findInterview(events, eventId) : latestInterview(events);
  if (!interview) throw notFound({ ja: '面接の記録', en: 'interview' });
  return { interview, events };
}

function findInterview(events: readonly ApplicationEvent[], eventId: string) {
  const event = events.find((e) => e.id === eventId);
  if (event?.type !== 'interview') throw notFound({ ja: '面接の記録', en: 'interview' });
  return event;
}

const latestInterview = (events: readonly ApplicationEvent[]) =>
  events.filter((e): e is InterviewEvent => e.type === 'interview').at(-1) ?? null;

function interviewRef(
  interview: InterviewEvent,
  events: readonly ApplicationEvent[],
): InterviewRef {
  const promise = events
    .filter((e) => e.type === 'promise' && e.data.interviewEventId === interview.id)
    .at(-1);
  return {
    eventId: interview.id,
    stage: interview.data.stage,
    at: interview.occurredAt,
    promiseText: promise?.type === 'promise' ? promise.data.text : null,
  };
}

const reading = (ref: InterviewRef, signs: readonly string[]) =>
  readSigns(signs, {
    stage: ref.stage,
    ...(ref.promiseText ? { promiseText: ref.promiseText } : {}),
  });
