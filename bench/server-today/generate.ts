import { createHash, randomBytes } from 'node:crypto';
import type pg from 'pg';
import {
  type CalendarConfig,
  DEFAULT_BUSINESS_HOURS,
  DEFAULT_CALENDAR,
} from '../../src/core/calendar/calendar-config.js';
import { addDays } from '../../src/core/calendar/index.js';
import type { IsoDate } from '../../src/core/domain/dates.js';
import { readPromise } from '../../src/core/promise/index.js';
import { newId } from '../../src/storage/ids.js';
import { splitExplanation } from '../../src/storage/repos/promises.js';
import { seededRandom as random } from '../../test/support/seeded-random.js';

/**
 * Generates server-mode data straight into PostgreSQL: users with a signed-in session each, and
 * per user `applicationsPerUser` applications with realistic timelines (interviews, the words
 * said and what the real promise grammar reads from them, status changes, a share of closed
 * applications, inquiries, messages with reply dates, reflections). Rows go in by `unnest` of
 * one array per column (one statement per table and chunk of users), which is as fast as COPY
 * here without another package. Readings are computed once per distinct phrase, day and calendar.
 */
export interface GenerateOptions {
  users: number;
  applicationsPerUser: number;
  /** Tokyo date the timelines lead up to (the server's today). */
  today: IsoDate;
  /** Stored instant for created_at and the sessions (ISO with +09:00). */
  now: string;
  seed?: number;
}

export interface GeneratedData {
  /** Session cookie tokens, one per user, in user order. */
  tokens: string[];
  rows: Record<string, number>;
}

const PHRASES = [
  '1週間以内にご連絡します',
  '3営業日以内にメールでご連絡いたします',
  '合格者のみ来週中にお電話します',
  '結果は後日ご連絡します',
  '2、3日中にご連絡します',
  '10日以内にご連絡いたします',
  '今月中にはお知らせします',
  '来週の金曜日までにはご連絡します',
  '通過の場合のみ、1週間以内にメールでご連絡します',
  '2週間ほどお時間をいただきます',
];
const STEPS = ['interview_1', 'interview_2', 'final'] as const;
const WEDNESDAYS_OFF: CalendarConfig = { ...DEFAULT_CALENDAR, closedWeekdays: [3] };
const USERS_PER_CHUNK = 250;

type Cell = string | number | null;

/** One table's rows as column arrays, flushed as a single INSERT … SELECT FROM unnest(…). */
class Columns {
  readonly data: Cell[][];
  count = 0;
  constructor(
    readonly table: string,
    readonly names: readonly string[],
    readonly types: readonly string[],
  ) {
    this.data = names.map(() => []);
  }
  push(...row: Cell[]) {
    for (let i = 0; i < row.length; i++) this.data[i]!.push(row[i] ?? null);
    this.count++;
  }
  async flush(client: pg.PoolClient) {
    if (this.count === 0) return;
    const columns = this.names.join(', ');
    const arrays = this.types.map((t, i) => `$${i + 1}::${t}[]`).join(', ');
    await client.query(
      `insert into ${this.table} (${columns}) select * from unnest(${arrays})`,
      this.data,
    );
    for (const column of this.data) column.length = 0;
    this.count = 0;
  }
}

export async function generate(pool: pg.Pool, options: GenerateOptions): Promise<GeneratedData> {
  const next = random(options.seed ?? 20261123);
  const chance = (p: number) => next() < p;
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const { today, now } = options;
  const at = (day: IsoDate, hour: number) => `${day}T${String(hour).padStart(2, '0')}:00:00+09:00`;

  const readings = new Map<string, { parsed: string; explanation: string | null }>();
  const readingOf = (text: string, t0: IsoDate, calendar: CalendarConfig, key: string) => {
    const id = `${key}|${t0}|${text}`;
    let stored = readings.get(id);
    if (!stored) {
      const split = splitExplanation(readPromise(text, t0, calendar));
      stored = { parsed: JSON.stringify(split.reading), explanation: split.explanation };
      readings.set(id, stored);
    }
    return stored;
  };

  const users = new Columns(
    'users',
    ['id', 'name', 'email', 'created_at'],
    ['text', 'text', 'text', 'text'],
  );
  const sessions = new Columns(
    'sessions',
    ['id', 'user_id', 'csrf_token', 'created_at', 'expires_at', 'last_seen_at', 'user_agent', 'ip'],
    ['text', 'text', 'text', 'text', 'text', 'text', 'text', 'text'],
  );
  const companies = new Columns(
    'companies',
    ['id', 'user_id', 'name', 'domains', 'calendar', 'hours', 'created_at'],
    ['text', 'text', 'text', 'text', 'text', 'text', 'text'],
  );
  const applications = new Columns(
    'applications',
    ['id', 'user_id', 'company_id', 'position', 'route', 'priority', 'created_at'],
    ['text', 'text', 'text', 'text', 'text', 'text', 'text'],
  );
  const events = new Columns(
    'events',
    ['id', 'user_id', 'application_id', 'type', 'occurred_at', 'recorded_at', 'data'],
    ['text', 'text', 'text', 'text', 'text', 'text', 'text'],
  );
  const promises = new Columns(
    'promises',
    [
      'id',
      'user_id',
      'application_id',
      'event_id',
      'text',
      't0',
      'parsed',
      'explanation',
      'created_at',
    ],
    ['text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text'],
  );
  const messages = new Columns(
    'messages',
    [
      'id',
      'user_id',
      'application_id',
      'message_id',
      'content_hash',
      'raw',
      'source',
      'subject',
      'from_address',
      'received_at',
      'text',
      'category',
      'confidence',
      'extracted',
      'unreadable',
      'created_at',
    ],
    [
      'text',
      'text',
      'text',
      'text',
      'text',
      'bytea',
      'text',
      'text',
      'text',
      'text',
      'text',
      'text',
      'real',
      'text',
      'integer',
      'text',
    ],
  );
  const tables = [users, sessions, companies, applications, events, promises, messages];
  const rows: Record<string, number> = Object.fromEntries(tables.map((t) => [t.table, 0]));
  const tokens: string[] = [];
  const expires = new Date(Date.parse(now) + 29 * 86_400_000);
  const expiresAt = `${new Date(expires.getTime() + 9 * 3600_000).toISOString().slice(0, 19)}+09:00`;
  const defaultCalendar = JSON.stringify(DEFAULT_CALENDAR);
  const wednesdays = JSON.stringify(WEDNESDAYS_OFF);
  const hours = JSON.stringify(DEFAULT_BUSINESS_HOURS);

  const client = await pool.connect();
  try {
    // The rows are consistent by construction: skip the per-row foreign-key triggers while
    // loading (superuser only; this connection only, and reset before it goes back to the pool).
    await client.query('set session_replication_role = replica');
    for (let u = 0; u < options.users; u++) {
      const userId = newId();
      users.push(userId, `ベンチ利用者${u}`, `bench${u}@example.jp`, now);
      const token = randomBytes(32).toString('base64url');
      tokens.push(token);
      const sessionId = createHash('sha256').update(token).digest('hex');
      sessions.push(
        sessionId,
        userId,
        randomBytes(32).toString('base64url'),
        now,
        expiresAt,
        now,
        'bench',
        '127.0.0.1',
      );

      for (let j = 0; j < options.applicationsPerUser; j++) {
        const closedWednesdays = chance(0.05);
        const calendar = closedWednesdays ? WEDNESDAYS_OFF : DEFAULT_CALENDAR;
        const calendarKey = closedWednesdays ? 'wed' : 'default';
        const companyId = newId();
        companies.push(
          companyId,
          userId,
          `ベンチ商事${u}-${j}`,
          '[]',
          closedWednesdays ? wednesdays : defaultCalendar,
          hours,
          now,
        );
        const applicationId = newId();
        // Most interviews in the last ten weeks; some are still ahead (scheduled).
        const upcoming = chance(0.08);
        const first = addDays(today, upcoming ? int(1, 10) : -int(0, 70));
        applications.push(
          applicationId,
          userId,
          companyId,
          chance(0.5) ? '総合職' : null,
          'direct',
          'normal',
          `${addDays(first, -int(7, 30))}T09:30:00+09:00`,
        );
        const event = (type: string, occurredAt: string, data: unknown) => {
          const id = newId();
          events.push(
            id,
            userId,
            applicationId,
            type,
            occurredAt,
            occurredAt,
            JSON.stringify(data),
          );
          return id;
        };

        let last = first;
        const rounds = upcoming ? 1 : chance(0.35) ? (chance(0.3) ? 3 : 2) : 1;
        for (let r = 0; r < rounds; r++) {
          const day = r === 0 ? first : addDays(last, int(7, 14));
          if (day > today && r > 0) break;
          last = day;
          const when = at(day, int(10, 16));
          const interviewId = event('interview', when, { stage: STEPS[r], at: when });
          if (day > today || !chance(0.9)) continue;
          const said = PHRASES[int(0, PHRASES.length - 1)]!;
          const promiseEvent = event('promise', when, {
            text: said,
            t0: day,
            interviewEventId: interviewId,
          });
          const reading = readingOf(said, day, calendar, calendarKey);
          promises.push(
            newId(),
            userId,
            applicationId,
            promiseEvent,
            said,
            day,
            reading.parsed,
            reading.explanation,
            when,
          );
        }
        if (upcoming) continue;

        const after = (days: number) => {
          const day = addDays(last, days);
          return day <= today ? day : null;
        };
        const roll = next();
        if (roll < 0.25) {
          const day = after(int(3, 12));
          if (day) {
            event('status', at(day, 18), {
              outcome: 'rejected',
              reason: '選考結果のご連絡（生成）',
            });
            const noted = chance(0.5) ? after(int(4, 14)) : null;
            if (noted)
              event('note', at(noted, 21), { text: '振り返り（生成）', kind: 'reflection' });
          }
        } else if (roll < 0.3) {
          const day = after(int(2, 8));
          if (day)
            event('status', at(day, 20), {
              outcome: 'withdrawn',
              reason: '他社に決めたため（生成）',
            });
        } else if (roll < 0.4) {
          const day = after(int(8, 12));
          if (day)
            event('email_sent', at(day, 10), { purpose: 'inquire', template: 'inquiry_result' });
        } else if (roll < 0.48) {
          const day = after(int(2, 6));
          if (day) {
            const messageId = newId();
            const category = chance(0.5) ? 'schedule' : 'status_update';
            const receivedAt = at(day, 15);
            const subject = category === 'schedule' ? '次回面接日程のご案内' : '選考状況のご連絡';
            messages.push(
              messageId,
              userId,
              applicationId,
              `<${messageId}@bench.example.jp>`,
              messageId,
              `\\x${Buffer.from(subject).toString('hex')}`,
              'paste',
              subject,
              'saiyo@bench.example.jp',
              receivedAt,
              `${subject}（生成）`,
              category,
              0.9,
              JSON.stringify(category === 'schedule' ? { dates: [addDays(day, int(3, 7))] } : {}),
              0,
              receivedAt,
            );
            event('message', receivedAt, { messageId, category, subject, receivedAt });
          }
        }
        if (chance(0.05)) {
          const day = after(int(8, 10));
          if (day)
            event('note', at(day, 22), {
              text: '迷惑メールも確認（生成）',
              kind: 'checked_missed',
            });
        }
      }
      if ((u + 1) % USERS_PER_CHUNK === 0 || u === options.users - 1) {
        await client.query('begin');
        for (const table of tables) {
          rows[table.table] = (rows[table.table] ?? 0) + table.count;
          await table.flush(client);
        }
        await client.query('commit');
      }
    }
    await client.query('reset session_replication_role');
    // The load ran with triggers off: give every application the revision its trigger would have.
    await client.query(`insert into application_revisions (application_id, user_id, revision)
      select id, user_id, 1 from applications on conflict (application_id) do nothing`);
    await client.query('analyze');
  } finally {
    client.release();
  }
  return { tokens, rows };
}
