import { tokyoDateOf } from '../core/domain/dates.js';
import type { ApplicationEvent } from '../core/domain/entities.js';
import {
  type ActionId,
  type ContactCheck,
  checkContact,
  contactStateFor,
} from '../core/followup/index.js';
import { appendEvent } from '../storage/repos/events.js';
import { type ServiceContext, tokyoIso } from './context.js';
import { notFound, ServiceError } from './errors.js';
import { loadApplicationInput } from './today.js';

export interface MarkDoneInput {
  action: ActionId;
  template?: string | undefined;
  medium?: 'email' | 'phone' | undefined;
  /** The user read the warnings and goes ahead; the warnings are recorded with the event. */
  override?: boolean | undefined;
}

export type MarkDoneResult =
  | { status: 'recorded'; event: ApplicationEvent; check: ContactCheck | null }
  | { status: 'needs_override'; check: ContactCheck };

const CONTACTS: ReadonlySet<ActionId> = new Set([
  'send_thanks',
  'state_intent',
  'inquire',
  'reinquire',
  'reply',
  'reply_to_rejection',
]);
/** Guards that hold an inquiry back until the user overrides them (spec/followup.md, Guards). */
const BLOCKING = new Set(['too_early', 'pass_only', 'second_too_early', 'third_inquiry']);

/**
 * The user did what an action asked: an email or a call becomes an event on the timeline; an
 * inquiry the guards advise against is recorded only with an explicit override, which is kept.
 */
export async function markActionDone(
  ctx: ServiceContext,
  applicationId: string,
  input: MarkDoneInput,
): Promise<MarkDoneResult> {
  const at = tokyoIso(ctx.now());
  const today = tokyoDateOf(ctx.now());
  // The contact guards read this application's own wait only: no need to load the others.
  const app = await loadApplicationInput(ctx, applicationId);
  if (!app) throw notFound({ ja: '応募', en: 'application' });
  const medium = input.medium ?? 'email';
  let check: ContactCheck | null = null;
  if (CONTACTS.has(input.action)) {
    const state = contactStateFor({ ...app, today });
    check = checkContact(
      { action: input.action, medium },
      state,
      at,
      app.company.hours,
      app.calendar,
    );
    const blocking = check.warnings.filter((w) => BLOCKING.has(w.code));
    if (blocking.length > 0 && !input.override) return { status: 'needs_override', check };
  }
  const base = { applicationId, occurredAt: at };
  const event = await appendEvent(ctx.storage.db, ctx.userId, eventFor(input, base, check), at);
  return { status: 'recorded', event, check };
}

function eventFor(
  input: MarkDoneInput,
  base: { applicationId: string; occurredAt: string },
  check: ContactCheck | null,
) {
  if (CONTACTS.has(input.action)) {
    const overridden = check?.warnings.map((w) => w.code) ?? [];
    const data = {
      purpose: input.action,
      ...(input.template ? { template: input.template } : {}),
      ...(overridden.length > 0 && input.override ? { overriddenWarnings: overridden } : {}),
    };
    return input.medium === 'phone'
      ? { ...base, type: 'call_made' as const, data }
      : { ...base, type: 'email_sent' as const, data };
  }
  switch (input.action) {
    case 'check_missed':
      return {
        ...base,
        type: 'note' as const,
        data: {
          kind: 'checked_missed' as const,
          text: '見落とし確認済（迷惑メール・着信・マイページ）',
        },
      };
    case 'reflect':
      return {
        ...base,
        type: 'note' as const,
        data: { kind: 'reflection' as const, text: '振り返り済' },
      };
    case 'move_on':
      return {
        ...base,
        type: 'status' as const,
        data: {
          outcome: 'rejected' as const,
          reason: '期限を大きく過ぎても連絡がないため、見送りと判断して次へ進む（利用者の判断）',
          rule: 'move_on',
        },
      };
    default:
      throw new ServiceError(
        'INVALID',
        'この項目は完了として記録できません',
        `the action ${input.action} cannot be marked done`,
      );
  }
}
