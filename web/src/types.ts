import type { ApplicationStatus } from '../../src/core/application/status.js';
import type { CalendarConfig } from '../../src/core/calendar/calendar-config.js';
import type {
  Application,
  ApplicationEvent,
  Company,
  ContactPerson,
  Profile,
} from '../../src/core/domain/entities.js';

export type {
  Application,
  ApplicationEvent,
  ApplicationStatus,
  CalendarConfig,
  Company,
  ContactPerson,
  Profile,
};

/** The promise grammar's reading as the API returns it. */
export interface PromiseReading {
  kind: string;
  passOnly: boolean;
  channel: string | null;
  ambiguous: boolean;
  deadline: string | null;
  earliestInquiry: string | null;
  recommendedInquiry: string | null;
  silentAfter: string | null;
  error?: string;
  explanation?: {
    ja: string;
    en: string;
    earlyDeadline: string | null;
    inconsistent: boolean;
    sources: string[];
  };
}

export interface StoredPromise {
  id: string;
  applicationId: string;
  eventId: string;
  text: string;
  t0: string;
  parsed: PromiseReading | null;
}

export interface ApplicationSummary {
  application: Application;
  company: { id: string; name: string };
  status: ApplicationStatus;
  promise: StoredPromise | null;
}

export interface ApplicationView extends ApplicationSummary {
  company: Company;
  contacts: ContactPerson[];
  events: ApplicationEvent[];
  promises: StoredPromise[];
}

export interface StoredMessage {
  id: string;
  applicationId: string | null;
  messageId: string | null;
  subject: string | null;
  fromAddress: string | null;
  receivedAt: string | null;
  text: string | null;
  html: string | null;
  category: string | null;
  userCategory: string | null;
  confidence: number | null;
  extracted: Record<string, unknown>;
  unreadable: boolean;
  problem: string | null;
  createdAt: string;
}

export type IngestResult =
  | { status: 'imported'; message: StoredMessage }
  | { status: 'duplicate'; id: string }
  | { status: 'unreadable'; message: StoredMessage };
