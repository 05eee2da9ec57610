import type { BusinessHours, CalendarConfig } from '../calendar/calendar-config.js';
import type { IsoDate, IsoDateTime } from './dates.js';
import type { Outcome, Stage } from './stage.js';

/** 就活 (new graduate) or 転職 (mid-career): decides the self-introduction and signature. */
export type ProfileKind = 'shukatsu' | 'tenshoku';

export interface Profile {
  kind: ProfileKind;
  nameKanji: string; // 山田 太郎
  nameKana: string; // やまだ たろう
  email: string;
  phone: string;
  /** 就活: university, faculty, year, e.g. 「○○大学 経済学部 4年」. */
  university?: string;
  faculty?: string;
  year?: string;
  /** 転職: current employer, e.g. 「株式会社○○ 営業部」. */
  currentEmployer?: string;
  /** Free signature block; generated from the fields above when empty. */
  signature?: string;
}

export type SizeClass = 'large' | 'sme' | 'venture' | 'public'; // 大手/中小/ベンチャー/官公庁
export type Route = 'direct' | 'job_site' | 'agent';

export interface Company {
  id: string;
  name: string;
  industry?: string;
  sizeClass?: SizeClass;
  route?: Route;
  /** Sender domains seen from this company, used to link messages. */
  domains: string[];
  calendar: CalendarConfig;
  hours: BusinessHours;
}

export interface ContactPerson {
  id: string;
  companyId: string;
  name: string;
  department?: string;
  email?: string;
  phone?: string;
}

export type Priority = 'first' | 'high' | 'normal' | 'low'; // 第一志望 / 高 / 中 / 低

export interface Application {
  id: string;
  companyId: string;
  position?: string;
  route: Route;
  priority: Priority;
  createdAt: IsoDateTime;
}

/**
 * The timeline of an application is an append-only list of events (spec/domain.md,
 * Decision): a correction is a new event, and the current state is derived from them.
 */
export type ApplicationEvent =
  | EventBase<
      'interview',
      {
        stage: Stage;
        at: IsoDateTime;
        plannedMinutes?: number;
        actualMinutes?: number;
        interviewers?: string;
        notes?: string;
      }
    >
  | EventBase<'promise', { text: string; t0: IsoDate; interviewEventId?: string }>
  | EventBase<
      'message',
      { messageId: string; category: string; subject?: string; receivedAt: IsoDateTime }
    >
  | EventBase<'email_sent', ContactData>
  | EventBase<'call_made', ContactData>
  | EventBase<
      'status',
      { stage?: Stage; outcome?: Outcome; reason: string; messageId?: string; rule?: string }
    >
  | EventBase<'note', { text: string; kind?: 'reflection' | 'checked_missed' }>;

export type EventType = ApplicationEvent['type'];

/** An email sent or a call made: the draft used and, when the user went ahead despite a guard
 * (an inquiry before its date, spec/followup.md), the warnings that were overridden. */
export interface ContactData {
  draftId?: string;
  template?: string;
  purpose?: string;
  overriddenWarnings?: string[];
}

interface EventBase<T extends string, D> {
  id: string;
  applicationId: string;
  type: T;
  /** When it happened (for an interview: when it was held); Asia/Tokyo offset. */
  occurredAt: IsoDateTime;
  /** When it was recorded. */
  recordedAt: IsoDateTime;
  data: D;
}
