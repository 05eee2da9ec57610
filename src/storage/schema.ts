import type { Generated } from 'kysely';

/**
 * One schema for both engines, in portable types: ids and dates are text (ISO 8601),
 * structured values are JSON as text, booleans are integers 0/1, raw mail is bytes
 * (BLOB in SQLite, BYTEA in PostgreSQL). Every row belongs to a user, so server mode
 * needs no schema change.
 */
export interface Database {
  users: UsersTable;
  profiles: ProfilesTable;
  companies: CompaniesTable;
  contacts: ContactsTable;
  applications: ApplicationsTable;
  events: EventsTable;
  promises: PromisesTable;
  messages: MessagesTable;
  drafts: DraftsTable;
  reviews: ReviewsTable;
  settings: SettingsTable;
  reminders_sent: RemindersSentTable;
  application_revisions: ApplicationRevisionsTable;
  sessions: SessionsTable;
  invitations: InvitationsTable;
  login_attempts: LoginAttemptsTable;
}

export interface UsersTable {
  id: string;
  name: string;
  created_at: string;
  /** Sign-in name of a server-mode account (lowercase); null for the embedded 'local' user. */
  email: string | null;
  /** argon2id PHC string; null when the user cannot sign in with a password. */
  password_hash: string | null;
  role: Generated<string>; // admin | member
  /** Wrong passwords in a row since the last success or lock. */
  failed_logins: Generated<number>;
  locked_until: string | null;
  disabled_at: string | null;
}

/** A signed-in browser. `id` is the SHA-256 (hex) of the cookie token; the token is never stored. */
export interface SessionsTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  /** Absolute end of the session, fixed at sign-in. */
  expires_at: string;
  last_seen_at: string;
  user_agent: string | null;
  ip: string | null;
}

/** A sign-up link an admin made. Only the SHA-256 (hex) of the link's token is kept. */
export interface InvitationsTable {
  id: string;
  token_hash: string;
  /** When set, only this address may sign up with the link. */
  email: string | null;
  role: Generated<string>;
  created_by: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  used_by: string | null;
  revoked_at: string | null;
}

/** One failed sign-in from a client address: the per-address limit counts these rows. */
export interface LoginAttemptsTable {
  id: string;
  ip: string;
  email: string | null;
  attempted_at: string;
}

export interface ProfilesTable {
  user_id: string;
  data: string; // JSON of core Profile
  updated_at: string;
}

export interface CompaniesTable {
  id: string;
  user_id: string;
  name: string;
  industry: string | null;
  size_class: string | null;
  route: string | null;
  domains: string; // JSON string[]
  calendar: string; // JSON CalendarConfig
  hours: string; // JSON BusinessHours
  created_at: string;
}

export interface ContactsTable {
  id: string;
  user_id: string;
  company_id: string;
  name: string;
  department: string | null;
  email: string | null;
  phone: string | null;
  created_at: string;
}

export interface ApplicationsTable {
  id: string;
  user_id: string;
  company_id: string;
  position: string | null;
  route: string;
  priority: string;
  created_at: string;
}

export interface EventsTable {
  /** UUIDv7: time-ordered, so ties in occurred_at fall back to recording order. */
  id: string;
  user_id: string;
  application_id: string;
  type: string;
  occurred_at: string;
  recorded_at: string;
  data: string; // JSON, shape by type (core ApplicationEvent)
}

export interface PromisesTable {
  id: string;
  user_id: string;
  application_id: string;
  event_id: string;
  text: string;
  t0: string;
  parsed: string; // JSON: the promise as read (kind, flags, dates)
  /** JSON: the explanation of the dates, kept apart so the today list does not read it. */
  explanation: string | null;
  created_at: string;
}

export interface MessagesTable {
  id: string;
  user_id: string;
  application_id: string | null;
  message_id: string | null;
  content_hash: string;
  raw: Uint8Array;
  source: string; // paste | eml | mbox | imap
  subject: string | null;
  from_address: string | null;
  received_at: string | null;
  text: string | null;
  html: string | null;
  /** What the classifier said. */
  category: string | null;
  /** What the user corrected it to: kept as a labeled example of the user's own mail. */
  user_category: string | null;
  confidence: number | null;
  extracted: string; // JSON
  unreadable: number; // 0/1
  problem: string | null;
  created_at: string;
}

export interface DraftsTable {
  id: string;
  user_id: string;
  application_id: string;
  template: string;
  subject: string;
  body: string;
  findings: string; // JSON
  status: string; // draft | scheduled | sent | called
  scheduled_at: string | null;
  sent_at: string | null;
  created_at: string;
}

export interface ReviewsTable {
  id: string;
  user_id: string;
  application_id: string;
  event_id: string | null;
  signs: string; // JSON
  reflection: string | null;
  statements: string; // JSON
  created_at: string;
}

export interface SettingsTable {
  user_id: string;
  key: string;
  value: string; // JSON
}

/** A daily reminder mail that went out (or is going out): one per user and Tokyo date. */
export interface RemindersSentTable {
  user_id: string;
  date: string; // YYYY-MM-DD, Asia/Tokyo
  sent_at: string;
}

/**
 * Moves whenever anything the follow-up policy reads about an application changes; kept by
 * triggers (migration 0005), derived, never backed up.
 */
export interface ApplicationRevisionsTable {
  application_id: string;
  user_id: string;
  revision: number;
}

export type TableName = keyof Database;

/**
 * Tables in dependency order: restore inserts in this order, deletes in reverse. Users (with
 * their email, role and password hash) are backed up; sessions, invitations and login attempts
 * are not: they are short-lived credentials and counters, and a restored server starts with
 * everyone signed out.
 */
export const TABLES: readonly TableName[] = [
  'users',
  'profiles',
  'companies',
  'contacts',
  'applications',
  'events',
  'promises',
  'messages',
  'drafts',
  'reviews',
  'settings',
];
