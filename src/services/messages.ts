import { deriveStatus } from '../core/application/status.js';
import type { CalendarConfig } from '../core/calendar/calendar-config.js';
import type { Company } from '../core/domain/entities.js';
import { tokyoDateOf, tokyoDateOfString } from '../core/domain/dates.js';
import {
  CATEGORY_LABELS,
  isMessageCategory,
  type MessageCategory,
} from '../core/messages/categories.js';
import { type Proposal, proposeChanges } from '../core/messages/proposal.js';
import { getApplication, listApplications } from '../storage/repos/applications.js';
import { getCompany, listCompanies } from '../storage/repos/companies.js';
import { appendEvent, listEvents } from '../storage/repos/events.js';
import {
  findDuplicate,
  getMessage,
  insertMessage,
  type StoredMessage,
  updateMessageLink,
} from '../storage/repos/messages.js';
import { savePromise } from '../storage/repos/promises.js';
import { getProfile } from '../storage/repos/profiles.js';
import { inTransaction } from '../storage/scope.js';
import { type ServiceContext, tokyoIso } from './context.js';
import { notFound, ServiceError } from './errors.js';
import { linkCompany } from './link.js';
import { decodePasted } from './paste.js';

/** A decoded message as the intake adapter hands it over. */
export interface DecodedMail {
  messageId: string | null;
  contentHash: string;
  date: string | null;
  from: { address: string; name?: string | undefined } | null;
  subject: string | null;
  text: string;
  html: string | null;
}

export type DecodeOutcome =
  | { ok: true; message: DecodedMail }
  | { ok: false; reason: string; contentHash: string };

export interface ClassificationLike {
  category: string;
  confidence: number;
  reapplyWelcome: boolean;
  template?: boolean;
  stageMentioned?: string | null;
  cues?: readonly unknown[];
}

/** The ports the intake needs: MIME decoding, classification, and dates in a text. */
export interface MailPorts {
  decode(raw: Uint8Array): Promise<DecodeOutcome>;
  classify(input: {
    subject?: string;
    body: string;
    from?: string;
    userAddresses?: string[];
  }): ClassificationLike;
  findDates(text: string, t0: string): string[];
}

export type IngestResult =
  | { status: 'imported'; message: StoredMessage; proposal: Proposal | null }
  | { status: 'duplicate'; id: string }
  | { status: 'unreadable'; message: StoredMessage };

/**
 * Stores one message from any source (paste, .eml, .mbox, IMAP): raw bytes kept, stored once,
 * classified, linked to a company and its open application, and a proposal made. A message
 * that cannot be decoded is kept as unreadable with the reason; it never throws past here.
 */
/** What a long import reads once instead of once per message. */
export interface IngestKnowledge {
  companies: Company[];
  userAddresses: string[];
  /**
   * The application each linked company's mail goes to, by company id, filled as mail from
   * that company arrives. Ingesting never changes applications or events, so what was read for
   * the first message from a company holds for the rest of the import. (Applying a message
   * meanwhile may make a proposal's status stale; applying recomputes it from the timeline.)
   */
  targets?: Map<string, LinkTarget | null>;
}

/** The application a company's mail is linked to, and its status when the import read it. */
interface LinkTarget {
  applicationId: string;
  status: ReturnType<typeof deriveStatus>;
}

export async function loadIngestKnowledge(ctx: ServiceContext): Promise<IngestKnowledge> {
  const [companies, profile] = await Promise.all([
    listCompanies(ctx.storage.db, ctx.userId),
    getProfile(ctx.storage.db, ctx.userId),
  ]);
  return {
    companies,
    userAddresses: profile?.email ? [profile.email] : [],
    targets: new Map(),
  };
}

/** The newest application still open; else the newest one; null when the company has none. */
async function findLinkTarget(
  ctx: ServiceContext,
  companyId: string,
  known: IngestKnowledge | undefined,
): Promise<LinkTarget | null> {
  const cached = known?.targets?.get(companyId);
  if (cached !== undefined) return cached;
  const { db } = ctx.storage;
  const applications = await listApplications(db, ctx.userId, companyId);
  const events = await listEvents(
    db,
    ctx.userId,
    applications.map((a) => a.id),
  );
  const withStatus = applications.map((a) => ({
    applicationId: a.id,
    status: deriveStatus(events.filter((e) => e.applicationId === a.id)),
  }));
  const target = withStatus.find((x) => x.status.outcome === null) ?? withStatus[0] ?? null;
  known?.targets?.set(companyId, target);
  return target;
}

export async function ingestMessage(
  ctx: ServiceContext,
  ports: MailPorts,
  raw: Uint8Array,
  source: 'paste' | 'eml' | 'mbox' | 'imap',
  known?: IngestKnowledge,
): Promise<IngestResult> {
  const now = tokyoIso(ctx.now());
  const { db } = ctx.storage;
  const decoded = source === 'paste' ? decodePasted(raw) : await ports.decode(raw);
  const hash = decoded.ok ? decoded.message.contentHash : decoded.contentHash;
  const duplicate = await findDuplicate(
    db,
    ctx.userId,
    hash,
    decoded.ok ? decoded.message.messageId : null,
  );
  if (duplicate) return { status: 'duplicate', id: duplicate };
  if (!decoded.ok) {
    const message = await insertMessage(
      db,
      ctx.userId,
      {
        ...EMPTY,
        contentHash: hash,
        raw,
        source,
        unreadable: true,
        problem: decoded.reason,
      },
      now,
    );
    return { status: 'unreadable', message };
  }
  const mail = decoded.message;
  const { companies, userAddresses } = known ?? (await loadIngestKnowledge(ctx));
  const classification = ports.classify({
    body: mail.text,
    ...(mail.subject ? { subject: mail.subject } : {}),
    ...(mail.from ? { from: mail.from.address } : {}),
    userAddresses,
  });
  const category: MessageCategory = isMessageCategory(classification.category)
    ? classification.category
    : 'other';
  const t0 = (mail.date && tokyoDateOfString(mail.date)) || tokyoDateOf(ctx.now());
  const dates = ports.findDates(`${mail.subject ?? ''}\n${mail.text}`, t0);
  const link = linkCompany(
    companies,
    mail.from?.address ?? null,
    `${mail.subject ?? ''}\n${mail.text}`,
  );
  let applicationId: string | null = null;
  let proposal: Proposal | null = null;
  if (link.company) {
    const chosen = await findLinkTarget(ctx, link.company.id, known);
    if (chosen) {
      applicationId = chosen.applicationId;
      proposal = proposeChanges({
        category,
        status: chosen.status,
        dates,
        reapplyWelcome: classification.reapplyWelcome,
      });
    }
  }
  const message = await insertMessage(
    db,
    ctx.userId,
    {
      applicationId,
      messageId: mail.messageId,
      contentHash: hash,
      raw,
      source,
      subject: mail.subject,
      fromAddress: mail.from?.address ?? null,
      receivedAt: mail.date,
      text: mail.text,
      html: mail.html,
      category,
      confidence: classification.confidence,
      extracted: {
        reapplyWelcome: classification.reapplyWelcome,
        template: classification.template ?? false,
        stageMentioned: classification.stageMentioned ?? null,
        cues: classification.cues ?? [],
        dates,
        companyId: link.company?.id ?? null,
        linkedBy: link.by,
        proposal,
      },
      unreadable: false,
      problem: null,
    },
    now,
  );
  return { status: 'imported', message, proposal };
}

const EMPTY = {
  applicationId: null,
  messageId: null,
  subject: null,
  fromAddress: null,
  receivedAt: null,
  text: null,
  html: null,
  category: null,
  confidence: null,
  extracted: {},
} as const;

export interface ApplyInput {
  messageId: string;
  /** The user's correction of the category; kept as a labeled example. */
  category?: MessageCategory | undefined;
  /** The application to link to, when the user picks another one. */
  applicationId?: string | undefined;
}

/**
 * The user confirms (or corrects) what a message proposes: the message joins the timeline and
 * each confirmed change becomes an event that names the message as its cause.
 */
export async function applyMessage(
  ctx: ServiceContext,
  ports: Pick<MailPorts, 'findDates'>,
  input: ApplyInput,
) {
  const now = tokyoIso(ctx.now());
  return inTransaction(ctx.storage.db, async (db) => {
    const message = await getMessage(db, ctx.userId, input.messageId);
    if (!message) throw notFound({ ja: 'メッセージ', en: 'message' });
    const applicationId = input.applicationId ?? message.applicationId;
    if (!applicationId) {
      throw new ServiceError(
        'INVALID',
        'このメールを紐付ける応募を選んでください',
        'choose the application this message belongs to',
      );
    }
    const application = await getApplication(db, ctx.userId, applicationId);
    if (!application) throw notFound({ ja: '応募', en: 'application' });
    const category = input.category ?? (message.category as MessageCategory | null) ?? 'other';
    await updateMessageLink(db, ctx.userId, message.id, {
      applicationId,
      ...(input.category && input.category !== message.category
        ? { userCategory: input.category }
        : {}),
    });
    const events = await listEvents(db, ctx.userId, [applicationId]);
    const receivedAt = message.receivedAt ?? now;
    const t0 = tokyoDateOfString(receivedAt) ?? tokyoDateOf(ctx.now());
    const text = `${message.subject ?? ''}\n${message.text ?? ''}`;
    const company = await getCompany(db, ctx.userId, application.companyId);
    if (!company) throw notFound({ ja: '企業', en: 'company' });
    const proposal = proposeChanges({
      category,
      status: deriveStatus(events),
      dates: ports.findDates(text, t0),
      promiseText:
        category === 'status_update'
          ? promiseSentence(ctx, message.text ?? '', t0, company.calendar)
          : null,
      reapplyWelcome: message.extracted.reapplyWelcome === true,
    });
    await appendEvent(
      db,
      ctx.userId,
      {
        applicationId,
        type: 'message',
        occurredAt: receivedAt,
        data: {
          messageId: message.id,
          category,
          receivedAt,
          ...(message.subject ? { subject: message.subject } : {}),
        },
      },
      now,
    );
    const subject = message.subject ?? CATEGORY_LABELS[category].ja;
    for (const change of proposal.changes) {
      if (change.type === 'outcome' || change.type === 'stage') {
        await appendEvent(
          db,
          ctx.userId,
          {
            applicationId,
            type: 'status',
            occurredAt: receivedAt,
            data: {
              ...(change.type === 'outcome'
                ? { outcome: change.outcome }
                : { stage: change.stage }),
              reason: `「${subject}」を受信（${CATEGORY_LABELS[category].ja}）`,
              messageId: message.id,
              rule: `message:${category}`,
            },
          },
          now,
        );
      } else if (change.type === 'promise') {
        const reading = ctx.readPromise(change.text, t0, company.calendar);
        const event = await appendEvent(
          db,
          ctx.userId,
          {
            applicationId,
            type: 'promise',
            occurredAt: receivedAt,
            data: { text: change.text, t0 },
          },
          now,
        );
        await savePromise(
          db,
          ctx.userId,
          { applicationId, eventId: event.id, text: change.text, t0, parsed: reading },
          now,
        );
      }
    }
    return { applicationId, category, proposal };
  });
}

/** The first sentence of a status update that names a new answer date ("12月4日までにご連絡いたします"). */
function promiseSentence(
  ctx: ServiceContext,
  text: string,
  t0: string,
  calendar: CalendarConfig,
): string | null {
  for (const sentence of text.split(/[。\n]/)) {
    const trimmed = sentence.trim();
    if (trimmed.length < 4 || trimmed.length > 200) continue;
    const reading = ctx.readPromise(trimmed, t0, calendar);
    if (reading.deadline && reading.kind !== 'unspecified') return trimmed;
  }
  return null;
}
