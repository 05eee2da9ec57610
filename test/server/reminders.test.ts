import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smtpTransport, startOutboxWorker } from '../../src/app/outbox-worker.js';
import { openRuntime } from '../../src/app/runtime.js';
import { createApp } from '../../src/server/app.js';
import { readPromise } from '../../src/core/promise/index.js';
import type { ServiceContext } from '../../src/services/context.js';
import { sendDueDrafts } from '../../src/services/outbox.js';
import { composeReminder, reminderFor } from '../../src/services/reminders.js';
import type { Storage } from '../../src/storage/engine.js';
import { openStorage } from '../../src/storage/open.js';
import { setDraftStatus } from '../../src/storage/repos/drafts.js';
import { claimReminder } from '../../src/storage/repos/reminders.js';
import { ensureUser } from '../../src/storage/repos/users.js';
import { apiClient } from '../support/api.js';
import { runCli, startServer, tempDir } from '../support/cli.js';
import { createTestDatabase } from '../support/postgres.js';

/**
 * Server mode's background sends, end to end: two real `renraku serve` processes on one
 * PostgreSQL database and one SMTP server on loopback. The clock (RENRAKU_NOW) is past the
 * reminder hour and past every scheduled slot, so both processes find the same work at once.
 */
const HOST = '127.0.0.1:4870';
const MAIL_FROM = 'reminders@renraku.test';
// Seeded on Wed 2026-12-02 20:30: drafts wait for Thu 12/03 10:00. The servers run at 10:00:30.
const SEEDED_AT = new Date('2026-12-02T20:30:00+09:00');
const SERVER_NOW = '2026-12-03T10:00:30+09:00';

interface Received {
  from: string;
  to: string[];
  subject: string;
  text: string;
}
const received: Received[] = [];
let smtp: SMTPServer;
let smtpPort = 0;
let db: { url: string; drop: () => Promise<void> };
let storage: Storage;

/** Users: who asked for the daily mail, who has a scheduled draft. */
interface SeedUser {
  id: string;
  reminders: boolean;
  draft: boolean;
  /** false: the account never filled its profile (the mail goes to its sign-in address). */
  profile?: false;
  /** An admin disabled the account: no mail. */
  disabled?: true;
}
const USERS: readonly SeedUser[] = [
  { id: 'u-aoki', reminders: true, draft: true },
  { id: 'u-baba', reminders: true, draft: false },
  { id: 'u-chiba', reminders: false, draft: true },
  { id: 'u-doi', reminders: false, draft: false },
  { id: 'u-endo', reminders: true, draft: true },
  { id: 'u-fujii', reminders: true, draft: false },
  { id: 'u-goto', reminders: true, draft: false, profile: false },
  { id: 'u-hara', reminders: true, draft: false, disabled: true },
];
/** Who must get exactly one daily mail. */
const wantsMail = (u: SeedUser) => u.reminders && !u.disabled;
const emailOf = (id: string) => `${id}@student.example`;
const companyContactOf = (id: string) => `saiyo-${id}@company.example`;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, done) {
      simpleParser(stream).then(
        (mail) => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
          });
          done();
        },
        (error: Error) => done(error),
      );
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpPort = (smtp.server.address() as { port: number }).port;
  db = await createTestDatabase();
});

afterAll(async () => {
  await storage?.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await db?.drop();
});

/** The API as one user, in process, on the shared database (seeding only). */
function userClient(userId: string) {
  const context: ServiceContext = { storage, userId, now: () => SEEDED_AT, readPromise };
  return apiClient(createApp({ context: () => context, allowedHosts: [HOST] }), HOST);
}

async function seedUser(user: SeedUser) {
  await ensureUser(storage.db, user.id, user.id, '2026-11-01T09:00:00+09:00');
  await storage.db
    .updateTable('users')
    .set({
      email: emailOf(user.id),
      disabled_at: user.disabled ? '2026-11-30T09:00:00+09:00' : null,
    })
    .where('id', '=', user.id)
    .execute();
  const call = userClient(user.id);
  if (user.profile !== false)
    await call('PUT', '/api/profile', {
      kind: 'shukatsu',
      nameKanji: `利用者 ${user.id}`,
      nameKana: 'りようしゃ',
      email: emailOf(user.id),
      phone: '090-0000-0000',
      university: 'みなみ大学',
      faculty: '経済学部',
      year: '4年',
    });
  const created = await call('POST', '/api/interviews', {
    companyName: `株式会社テスト${user.id}`,
    stage: 'final',
    at: '2026-11-20T14:00',
    said: '1週間以内にご連絡します',
  });
  expect(created.status).toBe(201);
  const { application, company } = created.body as {
    application: { id: string };
    company: { id: string };
  };
  await call('POST', `/api/companies/${company.id}/contacts`, {
    name: '佐藤 花子',
    email: companyContactOf(user.id),
  });
  const put = await call('PUT', '/api/settings/reminders', { daily: user.reminders });
  expect(put.body).toEqual({ reminders: { daily: user.reminders }, available: false });
  if (!user.draft) return;
  await call('PUT', '/api/settings/smtp', {
    host: '127.0.0.1',
    port: smtpPort,
    secure: false,
    user: '',
    pass: '',
  });
  const prepared = await call('GET', `/api/applications/${application.id}/drafts/inquiry_result`);
  const { draft } = prepared.body as { draft: { subject: string; body: string } };
  const saved = await call('POST', `/api/applications/${application.id}/drafts`, {
    template: 'inquiry_result',
    ...draft,
  });
  const draftId = (saved.body as { draft: { id: string } }).draft.id;
  const scheduled = await call('POST', `/api/drafts/${draftId}/send`, {});
  expect(scheduled.body).toEqual({ scheduledAt: '2026-12-03T10:00:00+09:00' });
}

const count = (predicate: (m: Received) => boolean) => received.filter(predicate).length;

async function until(done: () => boolean, timeoutMs: number) {
  const end = Date.now() + timeoutMs;
  while (!done() && Date.now() < end) await new Promise((r) => setTimeout(r, 200));
}

describe('server mode: reminders and scheduled sends on the job queue', () => {
  it('refuses to start with pending migrations, and renraku migrate says what it applied', async () => {
    const env = { DATABASE_URL: db.url, RENRAKU_DATA: tempDir() };
    await expect(startServer(env)).rejects.toThrow(/renraku migrate/);
    const status = await runCli(['migrate', '--status'], env);
    expect(status.stdout).toMatch(/未適用 pending\s+0004-reminders/);
    const migrated = await runCli(['migrate'], env);
    expect(migrated.code).toBe(0);
    expect(migrated.stdout).toContain('0004-reminders');
    const again = await runCli(['migrate'], env);
    expect(again.stdout).toContain('already up to date');
    storage = await openStorage({ databaseUrl: db.url, migrate: 'require' });
  }, 60_000);

  it('two processes send every reminder and every due draft exactly once', async () => {
    for (const user of USERS) await seedUser(user);
    const env = {
      DATABASE_URL: db.url,
      RENRAKU_DATA: tempDir(),
      RENRAKU_NOW: SERVER_NOW,
      RENRAKU_SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      RENRAKU_MAIL_FROM: `Renraku <${MAIL_FROM}>`,
      RENRAKU_PUBLIC_URL: 'https://renraku.example.ac.jp',
      RENRAKU_REMINDER_HOUR: '8',
      RENRAKU_JOB_INTERVAL_SECONDS: '1',
    };
    const started = await Promise.allSettled([startServer(env), startServer(env)]);
    const servers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    try {
      for (const s of started) if (s.status === 'rejected') throw s.reason;
      const health = await fetch(`${servers[0]?.url}/api/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ ok: true, db: 'up' });

      const reminderUsers = USERS.filter(wantsMail);
      const draftUsers = USERS.filter((u) => u.draft);
      const expected = reminderUsers.length + draftUsers.length;
      await until(() => received.length >= expected, 40_000);
      // Several more sweeps by both processes: nothing further may arrive.
      await new Promise((r) => setTimeout(r, 4_000));

      for (const user of reminderUsers) {
        const reminders = received.filter(
          (m) => m.from === MAIL_FROM && m.to.includes(emailOf(user.id)),
        );
        expect(reminders, user.id).toHaveLength(1);
        expect(reminders[0]?.subject).toContain('今日やること');
        expect(reminders[0]?.text).toContain(`株式会社テスト${user.id}`);
        expect(reminders[0]?.text).toContain('https://renraku.example.ac.jp/#/today');
      }
      for (const user of USERS.filter((u) => !wantsMail(u)))
        expect(
          count((m) => m.from === MAIL_FROM && m.to.includes(emailOf(user.id))),
          user.id,
        ).toBe(0);
      for (const user of draftUsers)
        expect(
          count((m) => m.to.includes(companyContactOf(user.id))),
          user.id,
        ).toBe(1);
      for (const user of USERS.filter((u) => !u.draft))
        expect(
          count((m) => m.to.includes(companyContactOf(user.id))),
          user.id,
        ).toBe(0);
      expect(received).toHaveLength(expected);

      const drafts = await storage.db.selectFrom('drafts').select(['user_id', 'status']).execute();
      expect(drafts.map((d) => d.status).sort()).toEqual(draftUsers.map(() => 'sent'));
      const sentRows = await storage.db
        .selectFrom('reminders_sent')
        .select(['user_id', 'date'])
        .orderBy('user_id')
        .execute();
      expect(sentRows).toEqual(reminderUsers.map((u) => ({ user_id: u.id, date: '2026-12-03' })));
    } finally {
      await Promise.all(servers.map((s) => s.stop()));
    }
  }, 120_000);

  it('claims a draft and a reminder once even when two connections race for them', async () => {
    // A second pool on the same database stands in for a second process.
    const other = await openStorage({ databaseUrl: db.url, migrate: 'require' });
    try {
      const user: SeedUser = { id: 'u-race', reminders: true, draft: true };
      await seedUser(user);
      const before = count((m) => m.to.includes(companyContactOf(user.id)));
      const at = () => new Date(SERVER_NOW);
      const ctxOf = (s: Storage): ServiceContext => ({
        storage: s,
        userId: user.id,
        now: at,
        readPromise,
      });
      const results = await Promise.all([
        sendDueDrafts(ctxOf(storage), smtpTransport),
        sendDueDrafts(ctxOf(other), smtpTransport),
        sendDueDrafts(ctxOf(storage), smtpTransport),
        sendDueDrafts(ctxOf(other), smtpTransport),
      ]);
      expect(results.flat()).toHaveLength(1);
      expect(count((m) => m.to.includes(companyContactOf(user.id))) - before).toBe(1);

      const claims = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          claimReminder((i % 2 ? other : storage).db, user.id, '2026-12-04', SERVER_NOW),
        ),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
    } finally {
      await other.close();
    }
  }, 60_000);
});

describe('the reminder mail', () => {
  it('lists what is due in Japanese, then English, with the app link', async () => {
    const runtime = await openRuntime({ dataDir: ':memory:' }, () => SEEDED_AT);
    try {
      const call = apiClient(
        createApp({ context: () => runtime.context, allowedHosts: [HOST] }),
        HOST,
      );
      await call('PUT', '/api/profile', {
        kind: 'shukatsu',
        nameKanji: '山田 太郎',
        nameKana: 'やまだ たろう',
        email: 'taro@example.com',
        phone: '090-1111-2222',
      });
      await call('POST', '/api/interviews', {
        companyName: '株式会社ひかり電機',
        stage: 'final',
        at: '2026-11-20T14:00',
        said: '1週間以内にご連絡します',
      });
      const mail = await reminderFor(
        runtime.context,
        '2026-12-03',
        'https://renraku.example.ac.jp',
      );
      expect(mail).not.toBeNull();
      const { to, subject, text } = mail as NonNullable<typeof mail>;
      expect(to).toBe('taro@example.com');
      expect(subject).toMatch(/^【連絡】今日やること \d+件（12\/3）\/ Renraku: \d+ to do today$/);
      const [ja, en] = text.split('\n-----\n') as [string, string];
      expect(ja).toContain('山田 太郎 さん');
      expect(ja).toContain('12月3日（木）');
      expect(ja).toContain('株式会社ひかり電機 — 結果について問い合わせる');
      expect(ja).toContain('開く: https://renraku.example.ac.jp/#/today');
      expect(en).toContain('Thu 3 Dec');
      expect(en).toContain('株式会社ひかり電機: Ask about the result');
      expect(en).toContain('Open: https://renraku.example.ac.jp/#/today');
      // Short: a phone screen, not a report.
      expect(text.split('\n').length).toBeLessThan(30);
    } finally {
      await runtime.close();
    }
  });

  it('is not sent on a day with nothing to do or wait for', () => {
    const empty = {
      actions: [],
      pipeline: {},
      list: { now: [], upcoming: [], waiting: [] },
      items: [],
    };
    expect(
      composeReminder({
        name: '山田 太郎',
        to: 'taro@example.com',
        date: '2026-12-03',
        result: empty as unknown as Parameters<typeof composeReminder>[0]['result'],
      }),
    ).toBeNull();
  });
});

describe('the embedded outbox after a crash', () => {
  it('sends a draft a crash left in `sending` once the app starts again', async () => {
    const runtime = await openRuntime({ dataDir: ':memory:' }, () => SEEDED_AT);
    try {
      const call = apiClient(
        createApp({ context: () => runtime.context, allowedHosts: [HOST] }),
        HOST,
      );
      await call('PUT', '/api/profile', {
        kind: 'shukatsu',
        nameKanji: '山田 太郎',
        nameKana: 'やまだ たろう',
        email: 'taro@example.com',
        phone: '090-1111-2222',
        university: 'みなみ大学',
        faculty: '経済学部',
        year: '4年',
      });
      const created = await call('POST', '/api/interviews', {
        companyName: '株式会社あおば',
        stage: 'final',
        at: '2026-11-20T14:00',
        said: '1週間以内にご連絡します',
      });
      const { application, company } = created.body as {
        application: { id: string };
        company: { id: string };
      };
      await call('POST', `/api/companies/${company.id}/contacts`, {
        name: '佐藤 花子',
        email: 'saiyo@aoba.example',
      });
      await call('PUT', '/api/settings/smtp', {
        host: '127.0.0.1',
        port: smtpPort,
        secure: false,
        user: '',
        pass: '',
      });
      const prepared = await call(
        'GET',
        `/api/applications/${application.id}/drafts/inquiry_result`,
      );
      const { draft } = prepared.body as { draft: { subject: string; body: string } };
      const saved = await call('POST', `/api/applications/${application.id}/drafts`, {
        template: 'inquiry_result',
        ...draft,
      });
      const draftId = (saved.body as { draft: { id: string } }).draft.id;
      await call('POST', `/api/drafts/${draftId}/send`, {});
      // The crash: claimed, never marked sent.
      await setDraftStatus(runtime.storage.db, 'local', draftId, { status: 'sending' });
      runtime.setClock(new Date(SERVER_NOW));
      const stop = startOutboxWorker(runtime.context, 60_000);
      await until(() => count((m) => m.to.includes('saiyo@aoba.example')) > 0, 10_000);
      stop();
      expect(count((m) => m.to.includes('saiyo@aoba.example'))).toBe(1);
      const after = await call('GET', `/api/drafts/${draftId}`);
      expect((after.body as { draft: { status: string } }).draft.status).toBe('sent');
    } finally {
      await runtime.close();
    }
  });
});
