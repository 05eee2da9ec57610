import type { Application, ApplicationEvent, Company } from '../../domain/entities.js';
import type { IsoDate } from '../../domain/dates.js';
import type { Stage } from '../../domain/stage.js';
import type { Action, FollowupInput, PromiseInput, PromiseReading } from '../types.js';
import { createTestCalendar } from './test-calendar.js';

/** Builders for scenario tests: one application, a timeline, a fixed today. */
export const company: Company = {
  id: 'c1',
  name: '株式会社サンプル',
  domains: ['example.co.jp'],
  calendar: { closedWeekdays: [], closedDates: [], obon: false, yearEnd: true },
  hours: { open: '09:00', close: '18:00' },
};

export const application: Application = {
  id: 'a1',
  companyId: 'c1',
  route: 'direct',
  priority: 'normal',
  createdAt: '2026-11-01T10:00:00+09:00',
};

let seq = 0;
const base = (at: string) => ({
  id: `e${++seq}`,
  applicationId: 'a1',
  occurredAt: at.length === 10 ? `${at}T12:00:00+09:00` : at,
  recordedAt: at.length === 10 ? `${at}T12:00:00+09:00` : at,
});

export const ev = {
  interview: (date: IsoDate, stage: Stage = 'interview_1'): ApplicationEvent => ({
    ...base(date),
    type: 'interview',
    data: { stage, at: `${date}T14:00:00+09:00` },
  }),
  promise: (t0: IsoDate, text: string, id = 'p1'): ApplicationEvent => ({
    ...base(t0),
    id: `ev-${id}`,
    type: 'promise',
    data: { text, t0 },
  }),
  message: (at: string, category: string, subject?: string): ApplicationEvent => ({
    ...base(at),
    type: 'message',
    data: {
      messageId: `m${seq}`,
      category,
      receivedAt: at.length === 10 ? `${at}T12:00:00+09:00` : at,
      ...(subject ? { subject } : {}),
    },
  }),
  email: (date: IsoDate, template: string): ApplicationEvent => ({
    ...base(date),
    type: 'email_sent',
    data: { template },
  }),
  call: (date: IsoDate, template: string): ApplicationEvent => ({
    ...base(date),
    type: 'call_made',
    data: { template },
  }),
  status: (date: IsoDate, outcome: 'rejected' | 'withdrawn' | 'accepted'): ApplicationEvent => ({
    ...base(date),
    type: 'status',
    data: { outcome, reason: outcome },
  }),
  note: (date: IsoDate, text: string): ApplicationEvent => ({
    ...base(date),
    type: 'note',
    data: { text },
  }),
  reflection: (date: IsoDate): ApplicationEvent => ({
    ...base(date),
    type: 'note',
    data: { text: '振り返り: 逆質問が弱かった' },
  }),
};

/** "1週間以内にご連絡します" on Fri 2026-11-20, as the grammar reads it (promises.md). */
export const WEEK_READING: PromiseReading = {
  kind: 'weeks',
  passOnly: false,
  channel: null,
  ambiguous: false,
  deadline: '2026-11-27',
  earliestInquiry: '2026-11-30',
  recommendedInquiry: '2026-11-30',
  silentAfter: '2026-12-04',
};

export function promise(
  t0: IsoDate,
  text: string,
  reading: PromiseReading,
  id = 'p1',
): PromiseInput {
  return { id, eventId: `ev-${id}`, text, t0, reading };
}

export function scenario(
  today: IsoDate,
  events: ApplicationEvent[],
  promises: PromiseInput[] = [],
  extra: Partial<FollowupInput> = {},
): FollowupInput {
  return {
    application,
    company,
    events,
    promises,
    today,
    calendar: createTestCalendar(),
    ...extra,
  };
}

export const byAction = (actions: Action[]) =>
  Object.fromEntries(actions.map((a) => [a.action, a]));
export const ids = (actions: Action[]) => actions.map((a) => a.action).sort();

// t0 Fri 2026-11-20, 「1週間以内にご連絡します」 → deadline Fri 11/27, earliest Mon 11/30
// (11/28 is a Saturday), recommended Mon 11/30, silentAfter Fri 12/04 (promises.md example).
export const week = () => [
  ev.interview('2026-11-20'),
  ev.promise('2026-11-20', '1週間以内にご連絡します'),
];
export const weekPromise = () => [promise('2026-11-20', '1週間以内にご連絡します', WEEK_READING)];
