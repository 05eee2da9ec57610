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
}

export interface UsersTable {
  id: string;
  name: string;
  created_at: string;
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

export type TableName = keyof Database;

/** Tables in dependency order: restore inserts in this order, deletes in reverse. */
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
