import { tokyoDateOf } from '../core/domain/dates.js';
import { isOfferTopic } from '../core/domain/offer-topics.js';
import { lintAll } from '../adapters/textlint/index.js';
import {
  type DraftContext,
  type OfferTopic,
  draftContextFromTimeline,
  draftToText,
  getTemplate,
  isTemplateId,
  lintOptionsFor,
  renderDraft,
} from '../core/drafts/index.js';
import { insertDraft } from '../storage/repos/drafts.js';
import { getOfferChecklist } from './reviews.js';
import { getApplicationView } from './applications.js';
import { profiles } from './companies.js';
import { type ServiceContext, tokyoIso } from './context.js';
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
  const offerQuestions = offerQuestionsFrom(await getOfferChecklist(ctx, applicationId));
  return draftContextFromTimeline({
    today: tokyoDateOf(ctx.now()),
    profile,
    company: view.company,
    ...(contact ? { contact } : {}),
    application: view.application,
    events: view.events,
    ...(deadline ? { deadline } : {}),
    ...(Object.keys(offerQuestions).length > 0 ? { extra: { fields: { offerQuestions } } } : {}),
  });
}

/** The questions the user wrote in the checklist feed the offer_meeting_questions draft. */
function offerQuestionsFrom(entries: readonly { id: string; question: string }[]) {
  const questions: Partial<Record<OfferTopic, string>> = {};
  for (const entry of entries) {
    if (isOfferTopic(entry.id) && entry.question.trim())
      questions[entry.id] = entry.question.trim();
  }
  return questions;
}

/** The filled draft for an application, with every finding (product rules and prose rules). */
export async function prepareDraft(ctx: ServiceContext, applicationId: string, templateId: string) {
  if (!isTemplateId(templateId)) {
    throw new ServiceError(
      'INVALID',
      `不明なテンプレートです: ${templateId}`,
      `unknown template ${templateId}`,
    );
  }
  const draft = renderDraft(templateId, await loadDraftContext(ctx, applicationId));
  const findings = await lintAll(draftToText(draft), lintOptionsFor(draft));
  return { draft, text: draftToText(draft), findings };
}

export async function lintText(
  text: string,
  options: { medium: 'email' | 'phone'; template?: string | undefined },
) {
  const template =
    options.template && isTemplateId(options.template) ? getTemplate(options.template) : null;
  return lintAll(text, {
    medium: options.medium,
    ...(template ? { requiredParts: template.requiredParts, inquiry: template.inquiry } : {}),
  });
}

/** Keeps what the user edited, with its findings, so it can be downloaded or sent later. */
export async function saveDraft(
  ctx: ServiceContext,
  applicationId: string,
  input: { template: string; subject: string; body: string },
) {
  await getApplicationView(ctx, applicationId);
  const template = isTemplateId(input.template) ? getTemplate(input.template) : null;
  const medium = template?.medium ?? 'email';
  const text = medium === 'email' ? `件名：${input.subject}\n\n${input.body}` : input.body;
  const findings = await lintText(text, { medium, template: input.template });
  return insertDraft(
    ctx.storage.db,
    ctx.userId,
    { applicationId, ...input, findings },
    tokyoIso(ctx.now()),
  );
}
