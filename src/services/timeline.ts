import type { Outcome, Stage } from '../core/domain/stage.js';
import { getApplication, updateApplication } from '../storage/repos/applications.js';
import { appendEvent } from '../storage/repos/events.js';
import { type ServiceContext, tokyoIso } from './context.js';
import { notFound } from './errors.js';

const APPLICATION = { ja: '応募', en: 'application' };

async function requireApplication(ctx: ServiceContext, id: string) {
  const application = await getApplication(ctx.storage.db, ctx.userId, id);
  if (!application) throw notFound(APPLICATION);
  return application;
}

/** A status change the user makes by hand (a correction is a new event, never an edit). */
export async function changeStatus(
  ctx: ServiceContext,
  applicationId: string,
  input: { stage?: Stage | undefined; outcome?: Outcome | undefined; reason: string },
) {
  await requireApplication(ctx, applicationId);
  const now = tokyoIso(ctx.now());
  return appendEvent(
    ctx.storage.db,
    ctx.userId,
    {
      applicationId,
      type: 'status',
      occurredAt: now,
      data: {
        reason: input.reason,
        ...(input.stage ? { stage: input.stage } : {}),
        ...(input.outcome ? { outcome: input.outcome } : {}),
      },
    },
    now,
  );
}

export async function addNote(ctx: ServiceContext, applicationId: string, text: string) {
  await requireApplication(ctx, applicationId);
  const now = tokyoIso(ctx.now());
  return appendEvent(
    ctx.storage.db,
    ctx.userId,
    { applicationId, type: 'note', occurredAt: now, data: { text } },
    now,
  );
}

export async function editApplication(
  ctx: ServiceContext,
  id: string,
  patch: Parameters<typeof updateApplication>[3],
) {
  const application = await updateApplication(ctx.storage.db, ctx.userId, id, patch);
  if (!application) throw notFound(APPLICATION);
  return application;
}
