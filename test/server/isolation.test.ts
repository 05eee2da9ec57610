import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailPorts } from '../../src/app/mail-ports.js';
import { SIGNS } from '../../src/core/signals/catalogue.js';
import { OFFER_CHECKLIST_ITEMS } from '../../src/core/signals/offer-checklist.js';
import { sessionGuard } from '../../src/server/auth/guard.js';
import type { AppEnv } from '../../src/server/env.js';
import { USER_TABLES } from '../../src/storage/migrations/0003-row-security.js';
import {
  HOST,
  type Reply,
  type SignedInClient,
  accountsServer,
  createUser,
  send,
  signIn,
} from '../support/accounts.js';

/**
 * Tenant isolation through the real server-mode app: user A gets a full data set through the
 * API, then user B calls every route the app has with A's ids (in paths and in bodies). No
 * answer may carry anything of A's, ids never resolve for B (403/404), and A's rows in the
 * database are byte for byte what they were. The route table is checked against the app's own
 * route list, so a route added later without a probe here fails this file.
 */

let server: Awaited<ReturnType<typeof accountsServer>>;
let uploads: string;
let alice: SignedInClient;
let bob: SignedInClient;
let aliceEmail: string;
let bobEmail: string;
/** A's ids, named for the probes. */
const a = {} as Record<
  | 'user'
  | 'company'
  | 'contact'
  | 'application'
  | 'interview'
  | 'note'
  | 'promise'
  | 'message'
  | 'draft'
  | 'invitation'
  | 'feed'
  | 'mboxImport',
  string
>;
/** B's own ids, for probes that mix B's resource with A's id in the body. */
const b = {} as Record<'application' | 'message', string>;
/** Everything that would betray A's data in an answer: ids and unique strings. */
let markers: string[] = [];

const A_COMPANY = '紅葉坂エーテック株式会社';
const A_SECRET = {
  contact: '鷺ノ宮十和子',
  note: '竹林の最終面談で社長が二度頷いた',
  said: '水曜までに霧島からご連絡いたします',
  subject: '【霧島】次回面接日程のご案内-A-7Q3',
  body: '湯布院さま\n面接日程を確定いたしました。合言葉は夕凪-A-51K。',
  draftBody: '本日は柊野の件でお時間をいただき、ありがとうございました。合言葉は朧月-A-88P。',
  statement: '第一志望は月見台です-A-2FW',
  reflection: '逆質問で白樺の事例を出せなかった-A-6TD',
  checklist: '住宅手当は琥珀寮の場合-A-3MN',
  profileName: '雪代あかね',
  smtpHost: 'smtp.yukishiro-a.example',
  smtpUser: 'akane-a@yukishiro-a.example',
  imapHost: 'imap.yukishiro-a.example',
  imapUser: 'akane-imap-a@yukishiro-a.example',
  position: '星見ヶ丘総合職-A',
  mboxSubject: '【琴平】書類選考通過のお知らせ-A-9XR',
};

/** A's rows in every table that has a user_id column, read on the owner connection. */
async function snapshotOfA(): Promise<Record<string, unknown[]>> {
  const db = server.storage.db;
  const { rows: tables } = await sql<{ table_name: string }>`
    select table_name from information_schema.columns
     where table_schema = current_schema() and column_name = 'user_id' order by 1`.execute(db);
  const snapshot: Record<string, unknown[]> = {};
  for (const { table_name } of tables) {
    const { rows } = await sql`select * from ${sql.id(table_name)} where user_id = ${a.user}
      order by 1`.execute(db);
    snapshot[table_name] = rows;
  }
  // A wrong password tried on A's address counts against A (rate limiting), by design; the
  // rest of A's account row must not move.
  const { rows } = await sql`select id, name, email, password_hash, role, disabled_at, created_at
    from users where id = ${a.user}`.execute(db);
  snapshot.users = rows;
  return snapshot;
}

/** The answer's body once its status is the expected one (the reason is printed otherwise). */
function ok<T>(reply: Reply, status = 200): T {
  expect(reply.status, JSON.stringify(reply.body)).toBe(status);
  return reply.body as T;
}
type Named<K extends string> = Record<K, { id: string }>;

beforeAll(async () => {
  uploads = await mkdtemp(join(tmpdir(), 'renraku-isolation-'));
  server = await accountsServer({}, undefined, { mail: createMailPorts(), uploadDir: uploads });
  const userA = await createUser(server.storage, { role: 'admin', name: '利用者A' });
  const userB = await createUser(server.storage, { role: 'member', name: '利用者B' });
  aliceEmail = userA.email;
  alice = await signIn(server.app, userA.email);
  bobEmail = userB.email;
  bob = await signIn(server.app, userB.email);
  a.user = alice.userId;

  // A's full data set, through the API only.
  ok(
    await alice.request('PUT', '/api/profile', {
      kind: 'shukatsu',
      nameKanji: A_SECRET.profileName,
      nameKana: 'ゆきしろあかね',
      email: 'akane@yukishiro-a.example',
      phone: '090-0000-1111',
    }),
  );
  a.company = ok<Named<'company'>>(
    await alice.request('POST', '/api/companies', {
      name: A_COMPANY,
      domains: ['eitec-a.example'],
    }),
    201,
  ).company.id;
  a.contact = ok<Named<'contact'>>(
    await alice.request('POST', `/api/companies/${a.company}/contacts`, {
      name: A_SECRET.contact,
      email: 'towako@eitec-a.example',
    }),
    201,
  ).contact.id;
  const interview = ok<Named<'application'>>(
    await alice.request('POST', '/api/interviews', {
      companyId: a.company,
      position: A_SECRET.position,
      stage: 'final',
      at: '2026-11-20T14:00',
      said: A_SECRET.said,
      interviewers: '霧島部長',
    }),
    201,
  );
  a.application = interview.application.id;
  a.note = ok<Named<'event'>>(
    await alice.request('POST', `/api/applications/${a.application}/notes`, {
      text: A_SECRET.note,
    }),
    201,
  ).event.id;
  const view = ok<{ events: { id: string; type: string }[]; promise: { id: string } }>(
    await alice.request('GET', `/api/applications/${a.application}`),
  );
  a.interview = view.events.find((e) => e.type === 'interview')?.id as string;
  a.promise = view.promise.id;
  const pasted = ok<Named<'message'>>(
    await alice.request('POST', '/api/messages/paste', {
      subject: A_SECRET.subject,
      from: 'saiyo@eitec-a.example',
      body: A_SECRET.body,
      receivedAt: '2026-11-21T09:00:00+09:00',
    }),
    201,
  );
  a.message = pasted.message.id;
  ok(
    await alice.request('POST', `/api/messages/${a.message}/apply`, {
      applicationId: a.application,
    }),
  );
  a.draft = ok<Named<'draft'>>(
    await alice.request('POST', `/api/applications/${a.application}/drafts`, {
      template: 'thanks_after_interview',
      subject: 'お礼-A',
      body: A_SECRET.draftBody,
    }),
    201,
  ).draft.id;
  ok(
    await alice.request('PUT', `/api/reviews/applications/${a.application}/signs`, {
      eventId: a.interview,
      signs: [SIGNS[0]?.id],
    }),
  );
  ok(
    await alice.request('PUT', `/api/reviews/applications/${a.application}/reflection`, {
      eventId: a.interview,
      reflection: { questions: ['志望動機は？'], betterAnswers: A_SECRET.reflection },
    }),
  );
  ok(
    await alice.request('POST', `/api/reviews/applications/${a.application}/statements`, {
      topic: 'preference',
      text: A_SECRET.statement,
      firstChoice: true,
    }),
    201,
  );
  ok(
    await alice.request('PUT', `/api/reviews/applications/${a.application}/offer-checklist`, {
      items: [{ id: OFFER_CHECKLIST_ITEMS[0]?.id, answer: A_SECRET.checklist, done: true }],
    }),
  );
  ok(
    await alice.request('PUT', '/api/settings/smtp', {
      host: A_SECRET.smtpHost,
      port: 587,
      secure: false,
      user: A_SECRET.smtpUser,
      pass: 'smtp-pass-A',
    }),
  );
  ok(
    await alice.request('PUT', '/api/imap', {
      host: A_SECRET.imapHost,
      port: 993,
      secure: true,
      user: A_SECRET.imapUser,
      password: 'imap-pass-A',
    }),
  );
  ok(await alice.request('PUT', '/api/settings/reminders', { daily: true }));
  a.feed = /\/api\/calendar\/([A-Za-z0-9_-]+)\.ics/.exec(
    ok<{ path: string }>(await alice.request('GET', '/api/calendar/feed')).path,
  )?.[1] as string;
  // A background .mbox import: it runs after the request has answered, still in A's scope.
  const mbox = `From saiyo@eitec-a.example Fri Nov 20 10:00:00 2026\nSubject: ${A_SECRET.mboxSubject}\nFrom: saiyo@eitec-a.example\nMessage-ID: <mbox-a-1@eitec-a.example>\nContent-Type: text/plain; charset=utf-8\n\n書類選考の結果をお知らせいたします。\n\n`;
  const upload = await rawRequest(alice, 'POST', '/api/imports/mbox?name=a.mbox', mbox);
  a.mboxImport = ok<{ import: { id: string } }>(upload, 202).import.id;
  let imported: { state: string; result: unknown } | undefined;
  for (let waited = 0; waited < 10_000 && imported?.state !== 'done'; waited += 50) {
    if (imported?.state === 'failed') break;
    await new Promise((next) => setTimeout(next, 50));
    imported = ok<{ import: typeof imported }>(
      await alice.request('GET', '/api/imports/mbox'),
    ).import;
  }
  expect(imported).toMatchObject({ state: 'done', result: { imported: 1 } });
  a.invitation = ok<Named<'invitation'>>(
    await alice.request('POST', '/api/admin/invitations', { email: 'guest-a@example.jp' }),
    201,
  ).invitation.id;

  // B has data of its own, so list answers are not empty by accident.
  b.application = ok<Named<'application'>>(
    await bob.request('POST', '/api/interviews', {
      companyName: '株式会社ビーの会社',
      stage: 'interview_1',
      at: '2026-11-19T10:00',
      said: '来週中にご連絡します',
    }),
    201,
  ).application.id;
  b.message = ok<Named<'message'>>(
    await bob.request('POST', '/api/messages/paste', {
      subject: 'B宛ての案内',
      from: 'info@b-company.example',
      body: 'ビーさま\nご応募ありがとうございます。',
    }),
    201,
  ).message.id;
  const bView = ok<{ company: { id: string } }>(
    await bob.request('GET', `/api/applications/${b.application}`),
  );
  ok(
    await bob.request('POST', `/api/companies/${bView.company.id}/contacts`, { name: '担当B' }),
    201,
  );
  ok(
    await bob.request('POST', `/api/applications/${b.application}/drafts`, {
      template: 'thanks_after_interview',
      subject: 'お礼-B',
      body: 'B の下書き',
    }),
    201,
  );
  ok(
    await bob.request('POST', `/api/reviews/applications/${b.application}/statements`, {
      topic: 'preference',
      text: 'B の発言',
    }),
    201,
  );
  ok(
    await bob.request('PUT', '/api/profile', {
      kind: 'tenshoku',
      nameKanji: '利用者ビー',
      nameKana: 'りようしゃびー',
      email: '',
      phone: '',
    }),
  );
  ok(await bob.request('PUT', '/api/settings/reminders', { daily: false }));

  markers = [
    ...Object.values(a),
    aliceEmail,
    A_COMPANY,
    // Line by line: JSON answers escape line breaks.
    ...Object.values(A_SECRET).flatMap((value) => value.split('\n')),
    'eitec-a.example',
  ];
  for (const marker of markers) expect(marker, 'a marker of A is missing').toBeTruthy();
}, 120_000);

afterAll(async () => {
  await server?.close();
  if (uploads) await rm(uploads, { recursive: true, force: true });
});

/** One request B makes; `status` lists the acceptable answers. */
interface Probe {
  method: string;
  path: string;
  body?: unknown;
  /** A raw (non-JSON) body, for the .eml upload. */
  raw?: string;
  status: number[];
  /** B signs in again first (the routes that end sessions run last and each get a fresh one). */
  fresh?: true;
}

const DENIED = [403, 404];
/**
 * Every route of the app, by its registered pattern, with what B tries there. Routes that
 * take no id of A's are still called (B's own data must come back without A's).
 */
const ROUTE_PROBES: Record<string, () => Probe[]> = {
  'GET /api/health': () => [{ method: 'GET', path: '/api/health', status: [200] }],
  'GET /healthz': () => [{ method: 'GET', path: '/healthz', status: [200] }],
  'GET /api/auth/session': () => [{ method: 'GET', path: '/api/auth/session', status: [200] }],
  'POST /api/auth/password': () => [
    {
      method: 'POST',
      path: '/api/auth/password',
      body: { current: 'wrong current password', next: 'a brand new password 2' },
      status: [400, 401, 403],
    },
  ],
  'GET /api/admin/invitations': () => [
    { method: 'GET', path: '/api/admin/invitations', status: [403] },
  ],
  'POST /api/admin/invitations': () => [
    { method: 'POST', path: '/api/admin/invitations', body: {}, status: [403] },
  ],
  'DELETE /api/admin/invitations/:id': () => [
    { method: 'DELETE', path: `/api/admin/invitations/${a.invitation}`, status: [403] },
  ],
  'GET /api/profile': () => [{ method: 'GET', path: '/api/profile', status: [200] }],
  'PUT /api/profile': () => [
    {
      method: 'PUT',
      path: '/api/profile',
      body: { kind: 'tenshoku', nameKanji: 'ビー', nameKana: 'びー', email: '', phone: '' },
      status: [200],
    },
  ],
  'GET /api/companies': () => [{ method: 'GET', path: '/api/companies', status: [200] }],
  'POST /api/companies': () => [
    // The same name as A's company is B's own, separate company.
    { method: 'POST', path: '/api/companies', body: { name: A_COMPANY }, status: [201] },
  ],
  'GET /api/companies/:id': () => [
    { method: 'GET', path: `/api/companies/${a.company}`, status: DENIED },
  ],
  'PUT /api/companies/:id': () => [
    {
      method: 'PUT',
      path: `/api/companies/${a.company}`,
      body: { name: 'B が書き換え' },
      status: DENIED,
    },
  ],
  'POST /api/companies/:id/contacts': () => [
    {
      method: 'POST',
      path: `/api/companies/${a.company}/contacts`,
      body: { name: 'B の担当' },
      status: DENIED,
    },
  ],
  'GET /api/applications': () => [{ method: 'GET', path: '/api/applications', status: [200] }],
  'GET /api/applications/:id': () => [
    { method: 'GET', path: `/api/applications/${a.application}`, status: DENIED },
  ],
  'PATCH /api/applications/:id': () => [
    {
      method: 'PATCH',
      path: `/api/applications/${a.application}`,
      body: { priority: 'low' },
      status: DENIED,
    },
  ],
  'POST /api/applications/:id/status': () => [
    {
      method: 'POST',
      path: `/api/applications/${a.application}/status`,
      body: { outcome: 'withdrawn', reason: 'B' },
      status: DENIED,
    },
  ],
  'POST /api/applications/:id/notes': () => [
    {
      method: 'POST',
      path: `/api/applications/${a.application}/notes`,
      body: { text: 'B のメモ' },
      status: DENIED,
    },
  ],
  'POST /api/applications/:id/actions': () => [
    {
      method: 'POST',
      path: `/api/applications/${a.application}/actions`,
      body: { action: 'wait' },
      status: DENIED,
    },
  ],
  'GET /api/applications/:id/followup': () => [
    { method: 'GET', path: `/api/applications/${a.application}/followup`, status: DENIED },
  ],
  'GET /api/today': () => [{ method: 'GET', path: '/api/today', status: [200] }],
  'GET /api/calendar/feed': () => [{ method: 'GET', path: '/api/calendar/feed', status: [200] }],
  'POST /api/calendar/feed/reset': () => [
    { method: 'POST', path: '/api/calendar/feed/reset', status: [200] },
  ],
  // The feed URL is a capability: its secret token alone authorises the read (a calendar
  // app cannot sign in). B tries a token that is not B's; A's own token is A's secret.
  'GET /api/calendar/:file{[A-Za-z0-9_-]+\\.ics}': () => [
    { method: 'GET', path: `/api/calendar/${a.feed.slice(0, -4)}XXXX.ics`, status: [404] },
    { method: 'GET', path: `/api/calendar/${a.application}.ics`, status: [404] },
  ],
  'GET /api/reviews/applications/:id': () => [
    { method: 'GET', path: `/api/reviews/applications/${a.application}`, status: DENIED },
  ],
  'PUT /api/reviews/applications/:id/signs': () => [
    {
      method: 'PUT',
      path: `/api/reviews/applications/${a.application}/signs`,
      body: { signs: [] },
      status: DENIED,
    },
    {
      // B's own application, A's interview.
      method: 'PUT',
      path: `/api/reviews/applications/${b.application}/signs`,
      body: { eventId: a.interview, signs: [] },
      status: DENIED,
    },
  ],
  'PUT /api/reviews/applications/:id/reflection': () => [
    {
      method: 'PUT',
      path: `/api/reviews/applications/${a.application}/reflection`,
      body: { reflection: { betterAnswers: 'B' } },
      status: DENIED,
    },
    {
      method: 'PUT',
      path: `/api/reviews/applications/${b.application}/reflection`,
      body: { eventId: a.interview, reflection: { betterAnswers: 'B' } },
      status: DENIED,
    },
  ],
  'POST /api/reviews/applications/:id/statements': () => [
    {
      method: 'POST',
      path: `/api/reviews/applications/${a.application}/statements`,
      body: { topic: 'preference', text: 'B' },
      status: DENIED,
    },
  ],
  'GET /api/reviews/applications/:id/offer-checklist': () => [
    {
      method: 'GET',
      path: `/api/reviews/applications/${a.application}/offer-checklist`,
      status: DENIED,
    },
  ],
  'PUT /api/reviews/applications/:id/offer-checklist': () => [
    {
      method: 'PUT',
      path: `/api/reviews/applications/${a.application}/offer-checklist`,
      body: { items: [] },
      status: DENIED,
    },
  ],
  'GET /api/reviews/consistency': () => [
    { method: 'GET', path: '/api/reviews/consistency', status: [200] },
  ],
  'GET /api/reviews/reflections': () => [
    { method: 'GET', path: '/api/reviews/reflections', status: [200] },
    {
      method: 'GET',
      path: `/api/reviews/reflections?q=${encodeURIComponent('白樺')}`,
      status: [200],
    },
  ],
  'GET /api/reviews/recurring-questions': () => [
    { method: 'GET', path: '/api/reviews/recurring-questions', status: [200] },
  ],
  'GET /api/applications/:id/drafts/:template': () => [
    {
      method: 'GET',
      path: `/api/applications/${a.application}/drafts/thanks_after_interview`,
      status: DENIED,
    },
  ],
  'POST /api/applications/:id/drafts': () => [
    {
      method: 'POST',
      path: `/api/applications/${a.application}/drafts`,
      body: { template: 'thanks_after_interview', subject: 'B', body: 'B' },
      status: DENIED,
    },
  ],
  'POST /api/drafts/lint': () => [
    {
      method: 'POST',
      path: '/api/drafts/lint',
      body: { text: 'お世話になっております。', medium: 'email' },
      status: [200],
    },
  ],
  'GET /api/drafts/:id': () => [{ method: 'GET', path: `/api/drafts/${a.draft}`, status: DENIED }],
  'GET /api/drafts/:id/eml': () => [
    { method: 'GET', path: `/api/drafts/${a.draft}/eml`, status: DENIED },
  ],
  'POST /api/drafts/:id/send': () => [
    { method: 'POST', path: `/api/drafts/${a.draft}/send`, body: {}, status: DENIED },
  ],
  'GET /api/settings/reminders': () => [
    { method: 'GET', path: '/api/settings/reminders', status: [200] },
  ],
  'PUT /api/settings/reminders': () => [
    { method: 'PUT', path: '/api/settings/reminders', body: { daily: false }, status: [200] },
  ],
  'GET /api/settings/smtp': () => [{ method: 'GET', path: '/api/settings/smtp', status: [200] }],
  'PUT /api/settings/smtp': () => [
    {
      method: 'PUT',
      path: '/api/settings/smtp',
      body: { host: 'smtp.b.example', port: 587, secure: false, user: 'b', pass: 'b' },
      status: [200],
    },
  ],
  'POST /api/interviews': () => [
    {
      method: 'POST',
      path: '/api/interviews',
      body: { applicationId: a.application, stage: 'offer', at: '2026-11-22T10:00' },
      status: DENIED,
    },
    {
      method: 'POST',
      path: '/api/interviews',
      body: { companyId: a.company, stage: 'offer', at: '2026-11-22T10:00' },
      status: DENIED,
    },
  ],
  'POST /api/promises/preview': () => [
    {
      method: 'POST',
      path: '/api/promises/preview',
      body: { text: '1週間以内に', from: '2026-11-20T10:00', companyId: a.company },
      status: DENIED,
    },
  ],
  'GET /api/messages': () => [{ method: 'GET', path: '/api/messages', status: [200] }],
  'POST /api/messages/paste': () => [
    {
      // The very text A pasted: B's copy is B's own message, not a duplicate of A's.
      method: 'POST',
      path: '/api/messages/paste',
      body: {
        subject: 'B の貼り付け',
        from: 'saiyo@b.example',
        body: 'B が受け取った別のお知らせです。',
      },
      status: [201],
    },
  ],
  'POST /api/messages/eml': () => [
    {
      method: 'POST',
      path: '/api/messages/eml',
      raw: 'Subject: B eml\r\nFrom: b@b.example\r\n\r\nB の本文\r\n',
      status: [201],
    },
  ],
  'GET /api/messages/:id': () => [
    { method: 'GET', path: `/api/messages/${a.message}`, status: DENIED },
  ],
  'GET /api/messages/:id/raw': () => [
    { method: 'GET', path: `/api/messages/${a.message}/raw`, status: DENIED },
  ],
  'POST /api/messages/:id/apply': () => [
    {
      method: 'POST',
      path: `/api/messages/${a.message}/apply`,
      body: { category: 'other' },
      status: DENIED,
    },
    {
      // B's own message onto A's application.
      method: 'POST',
      path: `/api/messages/${b.message}/apply`,
      body: { applicationId: a.application },
      status: DENIED,
    },
  ],
  'GET /api/imap': () => [{ method: 'GET', path: '/api/imap', status: [200] }],
  'PUT /api/imap': () => [
    {
      method: 'PUT',
      path: '/api/imap',
      body: { host: '127.0.0.1', port: 1, secure: false, user: 'b', password: 'b' },
      status: [200],
    },
  ],
  'POST /api/imap/test': () => [
    {
      // Without a password the saved one would be used: B's, never A's.
      method: 'POST',
      path: '/api/imap/test',
      body: { host: '127.0.0.1', port: 1, secure: false, user: A_SECRET.imapUser },
      status: [200, 400],
    },
  ],
  'DELETE /api/imap': () => [{ method: 'DELETE', path: '/api/imap', status: [200] }],
  'GET /api/imap/sync': () => [{ method: 'GET', path: '/api/imap/sync', status: [200] }],
  'POST /api/imap/sync': () => [
    // B's account was deleted just above; A's must not be used instead.
    { method: 'POST', path: '/api/imap/sync', status: [400] },
  ],
  'GET /api/imports/mbox': () => [{ method: 'GET', path: '/api/imports/mbox', status: [200] }],
  'POST /api/imports/mbox': () => [{ method: 'POST', path: '/api/imports/mbox', status: [400] }],
  'POST /api/imports/mbox/resume': () => [
    { method: 'POST', path: '/api/imports/mbox/resume', status: [404] },
  ],
  // Last: signing in or up again ends the session the request came with (no fixation),
  // and logging out ends B's sessions.
  'POST /api/auth/login': () => [
    {
      method: 'POST',
      path: '/api/auth/login',
      body: { email: aliceEmail, password: 'not the password' },
      status: [401],
      fresh: true,
    },
  ],
  'POST /api/auth/signup': () => [
    {
      method: 'POST',
      path: '/api/auth/signup',
      body: { email: aliceEmail, password: 'another long password 1' },
      status: [403, 409],
      fresh: true,
    },
  ],
  'POST /api/auth/logout-all': () => [
    { method: 'POST', path: '/api/auth/logout-all', status: [200], fresh: true },
  ],
  'POST /api/auth/logout': () => [
    { method: 'POST', path: '/api/auth/logout', status: [200], fresh: true },
  ],
};

/** What the app serves, as `METHOD pattern` (middleware registrations excluded). */
function appRoutes(): string[] {
  const keys = server.app.routes
    .filter((r) => r.method !== 'ALL')
    .map((r) => `${r.method} ${r.path}`);
  return [...new Set(keys)].sort();
}

async function rawRequest(
  client: SignedInClient,
  method: string,
  path: string,
  body: string,
): Promise<Reply> {
  const response = await server.app.request(`http://${HOST}${path}`, {
    method,
    headers: {
      host: HOST,
      origin: `http://${HOST}`,
      'content-type': 'application/octet-stream',
      cookie: client.cookie,
      'x-csrf-token': client.csrf,
    },
    body,
  });
  const text = await response.text();
  const json = (response.headers.get('content-type') ?? '').includes('json');
  return {
    status: response.status,
    body: json ? JSON.parse(text) : text,
    headers: response.headers,
  };
}

const bodyText = (reply: Reply) =>
  typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);

describe('tenant isolation through the API', () => {
  it('has a probe for every route the app serves, and none for a route it does not', () => {
    expect(Object.keys(ROUTE_PROBES).sort()).toEqual(appRoutes());
  });

  it("A's own answers carry every marker, so the search would see A's data if B got it", async () => {
    const paths = [
      '/api/auth/session',
      '/api/profile',
      '/api/companies',
      `/api/companies/${a.company}`,
      `/api/applications/${a.application}`,
      `/api/messages/${a.message}`,
      '/api/messages',
      '/api/imports/mbox',
      `/api/drafts/${a.draft}`,
      `/api/reviews/applications/${a.application}`,
      `/api/reviews/applications/${a.application}/offer-checklist`,
      '/api/settings/smtp',
      '/api/imap',
      '/api/calendar/feed',
      '/api/admin/invitations',
    ];
    let seen = '';
    for (const path of paths) seen += bodyText(await alice.request('GET', path));
    expect(markers.filter((marker) => !seen.includes(marker))).toEqual([]);
  });

  it('B calls every route with A ids: A data never appears and A rows never change', async () => {
    const before = await snapshotOfA();
    const aliceView = ok(await alice.request('GET', `/api/applications/${a.application}`));
    // B's own data is there to be listed, so an empty answer cannot pass for isolation.
    const mine = ok<{ applications: { application: { id: string } }[] }>(
      await bob.request('GET', '/api/applications'),
    );
    expect(mine.applications.map((x) => x.application.id)).toEqual([b.application]);
    let calls = 0;
    for (const [route, probes] of Object.entries(ROUTE_PROBES)) {
      for (const probe of probes()) {
        if (probe.fresh) bob = await signIn(server.app, bobEmail);
        const reply =
          probe.raw === undefined
            ? await bob.request(probe.method, probe.path, probe.body)
            : await rawRequest(bob, probe.method, probe.path, probe.raw);
        calls++;
        const where = `${route} → ${probe.method} ${probe.path} ${JSON.stringify(probe.body ?? '')}`;
        expect(probe.status, `${where}: ${reply.status} ${bodyText(reply)}`).toContain(
          reply.status,
        );
        // What B sent may come back (an echoed id); nothing else of A's may.
        const sent = `${probe.path} ${JSON.stringify(probe.body ?? '')}`;
        const text = bodyText(reply);
        for (const marker of markers) {
          if (sent.includes(marker)) continue;
          expect(text.includes(marker), `${where} answered with A's "${marker}"`).toBe(false);
        }
      }
    }
    expect(calls).toBeGreaterThanOrEqual(Object.keys(ROUTE_PROBES).length);
    expect(await snapshotOfA()).toEqual(before);
    // A still sees exactly what A saw.
    expect(ok(await alice.request('GET', `/api/applications/${a.application}`))).toEqual(aliceView);
  });

  it('answers stay apart when A and B call at the same time over the shared pool', async () => {
    const a2 = await signIn(server.app, aliceEmail);
    const b2 = await signIn(server.app, bobEmail);
    const calls = Array.from({ length: 60 }, (_, i) => (i % 2 === 0 ? a2 : b2));
    const replies = await Promise.all(
      calls.map((client) =>
        client.request<{ applications: { application: { id: string } }[] }>(
          'GET',
          '/api/applications',
        ),
      ),
    );
    replies.forEach((reply, i) => {
      const expected = calls[i] === a2 ? a.application : b.application;
      expect(reply.status).toBe(200);
      expect(reply.body.applications.map((x) => x.application.id)).toEqual([expected]);
    });
  });

  it('a handler that forgets the user filter still gets only the signed-in user rows (row-level security)', async () => {
    // The app's own guard in front of a deliberately careless route: SELECT * with no WHERE.
    const careless = new Hono<AppEnv>();
    careless.use('/api/*', async (c, next) => {
      c.set('ctx', server.runtime.context);
      await next();
    });
    careless.use('/api/*', sessionGuard());
    careless.get('/api/unfiltered/:table', async (c) => {
      const { rows } = await sql<Record<string, unknown>>`select * from ${sql.id(
        c.req.param('table'),
      )}`.execute(c.var.ctx.storage.db);
      return c.json({ rows });
    });
    const again = await signIn(server.app, aliceEmail);
    bob = await signIn(server.app, bobEmail); // B has a session row too, whatever ran before
    for (const table of [...USER_TABLES, 'users', 'sessions']) {
      const reply = await send<{ rows: Record<string, unknown>[] }>(
        careless,
        'GET',
        `/api/unfiltered/${table}`,
        { cookie: again.cookie },
      );
      const owners = ok<{ rows: Record<string, unknown>[] }>(reply).rows.map((row) =>
        table === 'users' ? row.id : row.user_id,
      );
      const { rows: everyone } = await sql<{ n: number }>`select count(distinct ${sql.ref(
        table === 'users' ? 'id' : 'user_id',
      )})::int as n from ${sql.id(table)}`.execute(server.storage.db);
      expect(everyone[0]?.n, `${table}: more than one user has rows here`).toBeGreaterThan(1);
      expect(new Set(owners), table).toEqual(new Set([a.user]));
    }
  });
});
