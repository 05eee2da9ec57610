import type { Application, ApplicationEvent, Company } from '../domain/entities.js';
import type { IsoDate } from '../domain/dates.js';

/**
 * The business calendar this module needs, with the semantics of spec/promises.md. Declared
 * here (a port) so the follow-up policy does not depend on how the calendar is built; the
 * composition root binds the real one (src/core/calendar/).
 */
export interface BusinessCalendar {
  isBusinessDay(d: IsoDate): boolean;
  /** The first business day strictly after d. */
  nextBusinessDay(d: IsoDate): IsoDate;
  /** d if it is a business day, else nextBusinessDay(d). */
  rollForward(d: IsoDate): IsoDate;
  /** The n-th business day strictly after d (d itself never counts). */
  addBusinessDays(d: IsoDate, n: number): IsoDate;
}

/** A promise as the promise grammar reads it (spec/promises.md, "The four dates"). */
export interface PromiseReading {
  kind: string;
  passOnly: boolean;
  channel: 'email' | 'phone' | 'portal' | null;
  ambiguous: boolean;
  deadline: IsoDate | null;
  earliestInquiry: IsoDate | null;
  recommendedInquiry: IsoDate | null;
  silentAfter: IsoDate | null;
  early?: { deadline: IsoDate | null } | null;
}

/** A promise with its words, day zero and reading. */
export interface PromiseInput {
  id: string;
  /** The `promise` event it was recorded with; places it on the timeline. */
  eventId?: string;
  text: string;
  t0: IsoDate;
  reading: PromiseReading;
}

/** Cross-application facts the `pipeline` rule needs (spec/followup.md, 並行応募). */
export interface PipelineInfo {
  /** Applications with no outcome yet (not rejected, withdrawn or accepted). */
  activeCount: number;
  /** Active applications whose only business is waiting for a company's answer. */
  waitingCount: number;
}

export interface FollowupInput {
  application: Application;
  company: Company;
  /** The application's events in timeline order. */
  events: readonly ApplicationEvent[];
  promises: readonly PromiseInput[];
  today: IsoDate;
  calendar: BusinessCalendar;
  /** Reply deadlines extracted from messages (返信期限), by message id. */
  replyDeadlines?: Readonly<Record<string, IsoDate>>;
  pipeline?: PipelineInfo;
}

export const ACTION_IDS = [
  'send_thanks',
  'state_intent',
  'wait',
  'check_missed',
  'inquire',
  'reinquire',
  'move_on',
  'reply',
  'prepare',
  'reply_to_rejection',
  'reflect',
  'pipeline',
] as const;
export type ActionId = (typeof ACTION_IDS)[number];

export type SeedId = '000' | '001' | '002' | '003' | '004';

export interface Bilingual {
  ja: string;
  en: string;
}

/** Dates of an action: from (acceptable), recommended, until (inclusive); null when open. */
export interface ActionWindow {
  from: IsoDate | null;
  recommended: IsoDate | null;
  until: IsoDate | null;
}

export interface Action {
  /** Stable per application + action (+ the message it answers): calendar UIDs use it. */
  id: string;
  applicationId: string;
  company: string;
  action: ActionId;
  window: ActionWindow;
  reason: Bilingual;
  source: SeedId;
  /** The rule that produced it (file name in rules/). */
  rule: string;
  /** The draft template for the action, when there is one (spec/drafts.md). */
  template: string | null;
  /** Optional actions (a thank-you to a rejection) may be skipped without harm. */
  optional: boolean;
}
