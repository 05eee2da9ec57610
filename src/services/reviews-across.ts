import type { ApplicationEvent } from '../core/domain/entities.js';
import type { Stage } from '../core/domain/stage.js';
import { type ConsistencyWarning, checkConsistency } from '../core/signals/consistency.js';
import { type RecurringQuestion, recurringQuestions } from '../core/signals/recurring-questions.js';
import { type Reflection, matchesQuery } from '../core/signals/reflection.js';
import type { Statement, StatementTopic } from '../core/signals/statements.js';
import { newId } from '../storage/ids.js';
import { listEvents } from '../storage/repos/events.js';
import { inTransaction } from '../storage/scope.js';
import {
  type ReviewRecord,
  type StoredStatement,
  getReview,
  listReviews,
  saveReview,
} from '../storage/repos/reviews.js';
import { getApplicationView, listApplicationSummaries } from './applications.js';
import { type ServiceContext, tokyoIso } from './context.js';
import { ServiceError } from './errors.js';

/** A reflection with where it came from, as lists and search show it. */
export interface ReflectionEntry {
  reviewId: string;
  applicationId: string;
  companyName: string;
  eventId: string | null;
  stage: Stage | null;
  /** When the interview was held, or when the reflection was first written. */
  at: string;
  reflection: Reflection;
}

export interface StatementInput {
  stage?: Stage | undefined;
  topic: StatementTopic;
  text: string;
  firstChoice?: boolean | undefined;
}

/** Records what the user told a company at a stage (the current stage when none is given). */
export async function recordStatement(
  ctx: ServiceContext,
  applicationId: string,
  input: StatementInput,
) {
  const view = await getApplicationView(ctx, applicationId);
  const stage = input.stage ?? view.status.stage;
  if (!stage) {
    throw new ServiceError('INVALID', '選考段階を選んでください', 'choose the stage');
  }
  const now = tokyoIso(ctx.now());
  const statement: StoredStatement = {
    id: newId(),
    stage,
    topic: input.topic,
    text: input.text,
    ...(input.firstChoice === undefined ? {} : { firstChoice: input.firstChoice }),
    recordedAt: now,
  };
  await inTransaction(ctx.storage.db, async (db) => {
    const main = await getReview(db, ctx.userId, applicationId, null);
    await saveReview(
      db,
      ctx.userId,
      { applicationId, eventId: null },
      { statements: [...(main?.statements ?? []), statement] },
      now,
    );
  });
  return {
    statement: { ...statement, companyName: view.company.name },
    warnings: await warningsFor(ctx, view.company.id),
  };
}

/**
 * The consistency warnings over every open application. Closed ones (不採用, 辞退) are left
 * out: what a company that said no was told no longer needs to match.
 */
export async function consistencyWarnings(ctx: ServiceContext): Promise<ConsistencyWarning[]> {
  const summaries = await listApplicationSummaries(ctx);
  const open = summaries.filter(
    (s) => s.status.outcome !== 'rejected' && s.status.outcome !== 'withdrawn',
  );
  const reviews = await listReviews(
    ctx.storage.db,
    ctx.userId,
    open.map((s) => s.application.id),
  );
  const byApplication = new Map(open.map((s) => [s.application.id, s]));
  const statements: Statement[] = reviews.flatMap((review) => {
    const summary = byApplication.get(review.applicationId);
    if (!summary || review.eventId !== null) return [];
    return review.statements.map((s) => ({
      ...s,
      companyId: summary.company.id,
      companyName: summary.company.name,
    }));
  });
  return checkConsistency(statements);
}

export async function warningsFor(ctx: ServiceContext, companyId: string) {
  return (await consistencyWarnings(ctx)).filter((w) =>
    w.companies.some((c) => c.id === companyId),
  );
}

/** Every reflection matching the query (all of them without one), newest first. */
export async function searchReflections(
  ctx: ServiceContext,
  query = '',
): Promise<ReflectionEntry[]> {
  return (await allReflections(ctx)).filter((e) => matchesQuery(e.reflection, query)).reverse();
}

export async function listRecurringQuestions(ctx: ServiceContext): Promise<RecurringQuestion[]> {
  const entries = await allReflections(ctx);
  return recurringQuestions(
    entries.map((e) => ({
      id: e.reviewId,
      applicationId: e.applicationId,
      companyName: e.companyName,
      at: e.at,
      questions: e.reflection.questions,
    })),
  );
}

/** Oldest first, by when the interview was held. */
async function allReflections(ctx: ServiceContext): Promise<ReflectionEntry[]> {
  const reviews = (await listReviews(ctx.storage.db, ctx.userId)).filter((r) => r.reflection);
  const ids = [...new Set(reviews.map((r) => r.applicationId))];
  const [summaries, events] = await Promise.all([
    listApplicationSummaries(ctx),
    listEvents(ctx.storage.db, ctx.userId, ids),
  ]);
  const names = new Map(summaries.map((s) => [s.application.id, s.company.name]));
  return reviews
    .flatMap((r) => reflectionEntries([r], events, names.get(r.applicationId) ?? ''))
    .sort((a, b) => a.at.localeCompare(b.at) || a.reviewId.localeCompare(b.reviewId));
}

export function reflectionEntries(
  reviews: readonly ReviewRecord[],
  events: readonly ApplicationEvent[],
  companyName: string,
): ReflectionEntry[] {
  return reviews.flatMap((review) => {
    if (!review.reflection) return [];
    const event = events.find((e) => e.id === review.eventId);
    const interview = event?.type === 'interview' ? event : null;
    return [
      {
        reviewId: review.id,
        applicationId: review.applicationId,
        companyName,
        eventId: review.eventId,
        stage: interview?.data.stage ?? null,
        at: interview?.occurredAt ?? review.createdAt,
        reflection: review.reflection,
      },
    ];
  });
}
