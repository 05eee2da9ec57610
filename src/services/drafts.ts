import { tokyoDateOf } from '../core/domain/dates.js';
import { type DraftContext, draftContextFromTimeline } from '../core/drafts/index.js';
import { getApplicationView } from './applications.js';
import { profiles } from './companies.js';
import type { ServiceContext } from './context.js';
import { ServiceError } from './errors.js';

/** Fills a draft's context from the profile, the company, its contact and the timeline. */
export async function loadDraftContext(
  ctx: ServiceContext,
  applicationId: string,
): Promise<DraftContext> {
  const profile = await profiles.get(ctx);
  if (!profile) {
    throw new ServiceError(
      'INVALID',
      '先にプロフィール（氏名・連絡先）を登録してください',
      'Fill in your profile (name and contact details) first',
    );
  }
  const view = await getApplicationView(ctx, applicationId);
  const contact = view.contacts[0];
  const deadline = (view.promise?.parsed as { deadline?: string | null } | null)?.deadline;
  return draftContextFromTimeline({
    today: tokyoDateOf(ctx.now()),
    profile,
    company: view.company,
    ...(contact ? { contact } : {}),
    application: view.application,
    events: view.events,
    ...(deadline ? { deadline } : {}),
  });
}
