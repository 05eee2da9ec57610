import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type { Transporter } from 'nodemailer';
import { nextContactSlot } from '../core/followup/index.js';
import { getApplicationView } from './applications.js';
import { calendarBinder } from './business-calendar.js';
import { type ServiceContext, tokyoIso } from './context.js';
import { notFound, ServiceError } from './errors.js';
import { profiles } from './companies.js';
import { appendEvent } from '../storage/repos/events.js';
import {
  claimScheduledDraft,
  getDraft,
  listDueDrafts,
  setDraftStatus,
  type StoredDraft,
} from '../storage/repos/drafts.js';
import { getSetting } from '../storage/repos/settings.js';

export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  pass: string;
}

const DRAFT = { ja: '下書き', en: 'draft' };

/**
 * The message as the recipient receives it. Encoding, decided: UTF-8 with base64 bodies and
 * encoded-word headers. ISO-2022-JP is the traditional choice, but it cannot carry characters
 * outside JIS X 0208 (髙, ①, many names), and every current mail client reads UTF-8.
 */
/** Who a draft goes from and to: the profile and the application's first contact with an email. */
async function envelopeOf(ctx: ServiceContext, draft: StoredDraft) {
  const [profile, view] = await Promise.all([
    profiles.get(ctx),
    getApplicationView(ctx, draft.applicationId),
  ]);
  return { profile, to: view.contacts.find((c) => c.email)?.email };
}

/**
 * The message as the recipient receives it. Encoding, decided: UTF-8 with base64 bodies and
 * encoded-word headers. ISO-2022-JP is the traditional choice, but it cannot carry characters
 * outside JIS X 0208 (髙, ①, many names), and every current mail client reads UTF-8.
 */
function composeEml(
  draft: StoredDraft,
  envelope: Awaited<ReturnType<typeof envelopeOf>>,
  date: Date,
): Promise<Buffer> {
  const { profile, to } = envelope;
  const composer = new MailComposer({
    from: profile ? { name: profile.nameKanji, address: profile.email } : undefined,
    ...(to ? { to } : {}),
    subject: draft.subject,
    text: draft.body,
    date,
    textEncoding: 'base64',
    headers: { 'X-Mailer': 'Renraku' },
  });
  return composer.compile().build();
}

export async function draftEml(ctx: ServiceContext, draftId: string) {
  const draft = await getDraft(ctx.storage.db, ctx.userId, draftId);
  if (!draft) throw notFound(DRAFT);
  return composeEml(draft, await envelopeOf(ctx, draft), ctx.now());
}

/**
 * Schedules a send through the user's SMTP server at the next good business-hour slot of the
 * company (spec/followup.md, Guards). A draft with error-level findings needs an override.
 */
export async function scheduleSend(ctx: ServiceContext, draftId: string, override = false) {
  const { db } = ctx.storage;
  const draft = await getDraft(db, ctx.userId, draftId);
  if (!draft) throw notFound(DRAFT);
  if (draft.status === 'sent')
    throw new ServiceError('CONFLICT', 'この下書きは送信済みです', 'already sent');
  if (draft.status === 'sending')
    throw new ServiceError('CONFLICT', 'この下書きは送信中です', 'being sent right now');
  if (!(await getSetting<SmtpSettings>(db, ctx.userId, 'smtp'))) {
    throw new ServiceError(
      'INVALID',
      '送信設定（SMTP）を先に登録してください',
      'set up SMTP sending first',
    );
  }
  const findings = draft.findings as { severity?: string; ruleId?: string }[];
  // A blank the user must fill (【…を記入】) is never sent, whatever the override (spec/drafts.md).
  const blanks = findings.filter((f) => f.ruleId === 'unfilled-blank' && f.severity === 'error');
  if (blanks.length > 0) {
    throw new ServiceError(
      'INVALID',
      `未記入の箇所が${blanks.length}件あります。【…を記入】を埋めてから送信してください`,
      `${blanks.length} blanks still to fill before sending`,
    );
  }
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length > 0 && !override) {
    throw new ServiceError(
      'CONFLICT',
      `修正が必要な指摘が${errors.length}件あります。確認のうえで送信してください`,
      `${errors.length} error-level findings; confirm to send anyway`,
    );
  }
  const view = await getApplicationView(ctx, draft.applicationId);
  if (!view.contacts.some((c) => c.email)) {
    throw new ServiceError(
      'INVALID',
      '宛先のメールアドレス（担当者）を登録してください',
      'add the contact person’s email first',
    );
  }
  const calendar = calendarBinder()(view.company.calendar);
  const slot = nextContactSlot(tokyoIso(ctx.now()), view.company.hours, calendar, 'email');
  if (!slot)
    throw new ServiceError(
      'INVALID',
      '送信できる時間帯が見つかりません（営業時間を確認してください）',
      'no sending slot in the business hours',
    );
  const scheduledAt = tokyoIso(new Date(slot));
  await setDraftStatus(db, ctx.userId, draftId, { status: 'scheduled', scheduledAt });
  return { scheduledAt };
}

/**
 * Sends every scheduled draft whose time has come; each sent draft becomes a timeline event.
 * Each draft is claimed first (scheduled → sending in one statement), so two processes that run
 * this at the same moment never both send it. A failed send puts the draft back to scheduled
 * for the next run and ends this one.
 */
export async function sendDueDrafts(
  ctx: ServiceContext,
  transport: (smtp: SmtpSettings) => Transporter,
) {
  const { db } = ctx.storage;
  const now = ctx.now();
  const due = await listDueDrafts(db, ctx.userId, tokyoIso(now));
  if (due.length === 0) return [];
  const smtp = await getSetting<SmtpSettings>(db, ctx.userId, 'smtp');
  if (!smtp) return [];
  const transporter = transport(smtp);
  const sent: string[] = [];
  for (const draft of due) {
    const envelope = await envelopeOf(ctx, draft);
    const { profile, to } = envelope;
    if (!to || !profile) continue;
    if (!(await claimScheduledDraft(db, ctx.userId, draft.id))) continue;
    try {
      const raw = await composeEml(draft, envelope, now);
      await transporter.sendMail({ envelope: { from: profile.email, to }, raw });
    } catch (error) {
      await setDraftStatus(db, ctx.userId, draft.id, { status: 'scheduled' });
      throw error;
    }
    const at = tokyoIso(ctx.now());
    await setDraftStatus(db, ctx.userId, draft.id, { status: 'sent', sentAt: at });
    await appendEvent(
      db,
      ctx.userId,
      {
        applicationId: draft.applicationId,
        type: 'email_sent',
        occurredAt: at,
        data: { draftId: draft.id, template: draft.template, purpose: draft.template },
      },
      at,
    );
    sent.push(draft.id);
  }
  return sent;
}
