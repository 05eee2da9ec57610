import { BlankCollector } from './blanks.js';
import { phoneBody } from './compose.js';
import { getTemplate } from './registry.js';
import type { Draft, DraftContext, TemplateId } from './types.js';

/**
 * Fill a template from the context. Pure: `ctx.today` stands for the clock.
 *
 * @example
 * const draft = renderDraft('inquiry_result', ctx);
 * lintProduct(draftToText(draft), lintOptionsFor(draft));
 */
export function renderDraft(templateId: TemplateId, ctx: DraftContext): Draft {
  const template = getTemplate(templateId);
  const blanks = new BlankCollector();
  const rendered = template.render(ctx, blanks);
  const draft: Draft = {
    template: template.id,
    medium: template.medium,
    subject: rendered.subject,
    body: rendered.lines ? phoneBody(rendered.lines) : rendered.body,
    blanks: blanks.blanks,
    requiredParts: template.requiredParts,
    inquiry: template.inquiry,
  };
  if (rendered.lines) draft.lines = rendered.lines;
  return draft;
}

/** The whole text the linter reads: 件名：… then the body for mail; the script for phone. */
export function draftToText(draft: Draft): string {
  return draft.medium === 'email' ? `件名：${draft.subject}\n\n${draft.body}` : draft.body;
}

/** Lint options that carry what the template promises. */
export function lintOptionsFor(draft: Draft) {
  return { medium: draft.medium, requiredParts: draft.requiredParts, inquiry: draft.inquiry };
}
