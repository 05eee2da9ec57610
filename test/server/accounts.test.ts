import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openRuntime } from '../../src/app/runtime.js';
import { createApp } from '../../src/server/app.js';
import { writeBackup } from '../../src/storage/backup.js';
import {
  type SignedInClient,
  PASSWORD,
  accountsServer,
  createUser,
  send,
  sessionCookieOf,
  signIn,
} from '../support/accounts.js';

// The real argon2id, counted: an unknown email must cost one verification like a known one.
const argon2Verify = vi.hoisted(() => vi.fn());
vi.mock('@node-rs/argon2', async (original) => {
  const real = await original<typeof import('@node-rs/argon2')>();
  argon2Verify.mockImplementation(real.verify);
  return { ...real, verify: argon2Verify };
});

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

let server: Awaited<ReturnType<typeof accountsServer>>;
let ipCounter = 0;
/** Each test signs in from its own address, so the per-address limit of one never hits another. */
const freshIp = () => ({ 'x-forwarded-for': `198.51.100.${++ipCounter}` });

beforeAll(async () => {
  server = await accountsServer({ trustProxy: true });
});
afterAll(() => server?.close());

const login = (email: string, password: string, headers: Record<string, string>, cookie?: string) =>
  send(server.app, 'POST', '/api/auth/login', {
    body: { email, password },
    headers,
    ...(cookie ? { cookie } : {}),
  });

describe('sign-in', () => {
  it('refuses a wrong password and an unknown email with the same bilingual answer, no cookie', async () => {
    const user = await createUser(server.storage);
    const ip = freshIp();
    const wrong = await login(user.email, 'not the password', ip);
    const unknown = await login('nobody@example.jp', PASSWORD, ip);
    for (const reply of [wrong, unknown]) {
      expect(reply.status).toBe(401);
      expect(reply.body).toEqual({
        error: 'メールアドレスまたはパスワードが違います',
        errorEn: 'Wrong email address or password',
        code: 'UNAUTHORIZED',
      });
      expect(reply.headers.get('set-cookie')).toBeNull();
    }
  });

  it('spends a password check on an unknown email too (no fast "no such account")', async () => {
    const user = await createUser(server.storage);
    const ip = freshIp();
    argon2Verify.mockClear();
    await login('nobody@example.jp', 'not the password', ip);
    expect(argon2Verify).toHaveBeenCalledTimes(1);
    await login(user.email, 'not the password', ip);
    expect(argon2Verify).toHaveBeenCalledTimes(2);
  });

  it('signs in with an HttpOnly, SameSite=Lax cookie and stores only the token hash', async () => {
    const user = await createUser(server.storage, { email: 'Case@Example.jp'.toLowerCase() });
    const reply = await login('  CASE@example.jp ', PASSWORD, freshIp());
    expect(reply.status).toBe(200);
    const setCookie = reply.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^renraku_session=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).not.toMatch(/Secure/);
    const token = (sessionCookieOf(reply.headers) ?? '').split('=')[1] ?? '';
    const rows = await server.storage.db
      .selectFrom('sessions')
      .selectAll()
      .where('user_id', '=', user.id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(token);
    const session = await send(server.app, 'GET', '/api/auth/session', {
      cookie: sessionCookieOf(reply.headers) ?? '',
    });
    expect(session.status).toBe(200);
    expect(session.body).toMatchObject({
      mode: 'accounts',
      user: { id: user.id, email: user.email, role: 'member' },
      csrfToken: (reply.body as { csrfToken: string }).csrfToken,
    });
  });

  it('answers 401 to the API without a session, but health and session status stay public', async () => {
    expect((await send(server.app, 'GET', '/api/today')).status).toBe(401);
    expect((await send(server.app, 'GET', '/api/health')).status).toBe(200);
    const status = await send(server.app, 'GET', '/api/auth/session');
    expect(status.status).toBe(401);
    expect(status.body).toMatchObject({ mode: 'accounts', signup: 'invite', code: 'UNAUTHORIZED' });
  });
});

describe('login rate limits', () => {
  it('locks an account after 5 wrong passwords for 15 minutes (429, Retry-After), then lets it in', async () => {
    const user = await createUser(server.storage);
    const ip = freshIp();
    for (let i = 0; i < 5; i++)
      expect((await login(user.email, `wrong-${i}-password`, ip)).status).toBe(401);
    const locked = await login(user.email, PASSWORD, ip);
    expect(locked.status).toBe(429);
    expect(locked.body).toMatchObject({
      code: 'RATE_LIMITED',
      error: expect.stringContaining('ロック'),
    });
    expect(Number(locked.headers.get('retry-after'))).toBe(15 * 60);
    server.advance(14 * MINUTE);
    expect((await login(user.email, PASSWORD, ip)).status).toBe(429);
    server.advance(MINUTE + 1000);
    expect((await login(user.email, PASSWORD, ip)).status).toBe(200);
  });

  it('locks even when the wrong passwords arrive all at once', async () => {
    const user = await createUser(server.storage);
    const ip = freshIp();
    const replies = await Promise.all(
      Array.from({ length: 8 }, (_, i) => login(user.email, `parallel-wrong-${i}`, ip)),
    );
    expect(replies.every((r) => r.status === 401 || r.status === 429)).toBe(true);
    expect((await login(user.email, PASSWORD, ip)).status).toBe(429);
    server.advance(15 * MINUTE + 1000);
  });

  it('resets the count on a successful login', async () => {
    const user = await createUser(server.storage);
    const ip = freshIp();
    for (let i = 0; i < 4; i++) await login(user.email, 'wrong password!', ip);
    expect((await login(user.email, PASSWORD, ip)).status).toBe(200);
    for (let i = 0; i < 4; i++) await login(user.email, 'wrong password!', ip);
    expect((await login(user.email, PASSWORD, ip)).status).toBe(200);
  });

  it('stops one address after 20 failures in 15 minutes, whichever accounts it tries', async () => {
    const victim = await createUser(server.storage);
    const ip = freshIp();
    for (let i = 0; i < 20; i++) {
      expect((await login(`spray${i}@example.jp`, 'guessed-password', ip)).status).toBe(401);
    }
    const blocked = await login(victim.email, PASSWORD, ip);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    // Rows in login_attempts, so every server process on this database sees the same count.
    const rows = await server.storage.db
      .selectFrom('login_attempts')
      .select('id')
      .where('ip', '=', ip['x-forwarded-for'])
      .execute();
    expect(rows.length).toBe(20); // the refused 21st try is not counted: it did not try a password
    expect((await login(victim.email, PASSWORD, freshIp())).status).toBe(200);
    server.advance(15 * MINUTE + 1000);
    expect((await login(victim.email, PASSWORD, ip)).status).toBe(200);
  });

  it('ignores X-Forwarded-For unless the proxy is trusted', async () => {
    const direct = await accountsServer({ trustProxy: false });
    try {
      for (let i = 0; i < 20; i++) {
        await send(direct.app, 'POST', '/api/auth/login', {
          body: { email: `x${i}@example.jp`, password: 'guessed-password' },
          headers: { 'x-forwarded-for': `203.0.113.${i}` },
        });
      }
      // Twenty different claimed addresses are one real client: the 21st try is refused.
      const reply = await send(direct.app, 'POST', '/api/auth/login', {
        body: { email: 'x@example.jp', password: 'guessed-password' },
        headers: { 'x-forwarded-for': '203.0.113.99' },
      });
      expect(reply.status).toBe(429);
    } finally {
      await direct.close();
    }
  });
});

describe('CSRF', () => {
  let alice: SignedInClient;
  beforeAll(async () => {
    const user = await createUser(server.storage);
    alice = await signIn(server.app, user.email, PASSWORD, freshIp());
  });
  const interview = {
    companyName: '株式会社トークン',
    stage: 'interview_1',
    at: '2026-11-20T10:00',
  };

  it('refuses a state change without the token, with a forged one, or with another session’s', async () => {
    const other = await createUser(server.storage);
    const bob = await signIn(server.app, other.email, PASSWORD, freshIp());
    // One character changed (never to the one it already is: a token ending in A made this flaky).
    const last = alice.csrf.at(-1) === 'A' ? 'B' : 'A';
    for (const csrf of [undefined, 'forged-token', `${alice.csrf.slice(0, -1)}${last}`, bob.csrf]) {
      const reply = await send(server.app, 'POST', '/api/interviews', {
        body: interview,
        cookie: alice.cookie,
        ...(csrf ? { csrf } : {}),
      });
      expect(reply.status).toBe(403);
      expect(reply.body).toMatchObject({ code: 'CSRF', errorEn: expect.stringContaining('CSRF') });
    }
    const list = await alice.request<{ applications: unknown[] }>('GET', '/api/applications');
    expect(list.body.applications).toHaveLength(0);
  });

  it('accepts the session’s token', async () => {
    expect((await alice.request('POST', '/api/interviews', interview)).status).toBe(201);
  });

  it('requires it on logout too', async () => {
    const reply = await send(server.app, 'POST', '/api/auth/logout', { cookie: alice.cookie });
    expect(reply.status).toBe(403);
    expect((await alice.request('GET', '/api/auth/session')).status).toBe(200);
  });
});

describe('sessions', () => {
  it('never promotes a cookie set before login (session fixation)', async () => {
    const user = await createUser(server.storage);
    const planted = 'renraku_session=attacker-chosen-value-aaaaaaaaaaaaaaaaaaaaaaaaaaaa';
    const reply = await login(user.email, PASSWORD, freshIp(), planted);
    expect(reply.status).toBe(200);
    const issued = sessionCookieOf(reply.headers);
    expect(issued).toBeDefined();
    expect(issued).not.toBe(planted);
    expect((await send(server.app, 'GET', '/api/today', { cookie: planted })).status).toBe(401);
    expect((await send(server.app, 'GET', '/api/today', { cookie: issued ?? '' })).status).toBe(
      200,
    );
  });

  it('ends a real session planted in the browser when someone signs in over it', async () => {
    const attacker = await createUser(server.storage);
    const victim = await createUser(server.storage);
    const planted = await signIn(server.app, attacker.email, PASSWORD, freshIp());
    const reply = await login(victim.email, PASSWORD, freshIp(), planted.cookie);
    expect(sessionCookieOf(reply.headers)).not.toBe(planted.cookie);
    expect((await planted.request('GET', '/api/today')).status).toBe(401);
  });

  it('expires after 7 idle days', async () => {
    const user = await createUser(server.storage);
    const client = await signIn(server.app, user.email, PASSWORD, freshIp());
    server.advance(6 * DAY);
    expect((await client.request('GET', '/api/today')).status).toBe(200);
    server.advance(7 * DAY - MINUTE); // 7 days after the last request but a minute
    expect((await client.request('GET', '/api/today')).status).toBe(200);
    server.advance(7 * DAY);
    const expired = await client.request('GET', '/api/today');
    expect(expired.status).toBe(401);
    expect(expired.body).toMatchObject({
      code: 'UNAUTHORIZED',
      error: expect.stringContaining('有効期限'),
    });
    // Deleted, not just refused: a later request gets the plain "please sign in".
    expect((await client.request('GET', '/api/today')).body).toMatchObject({
      errorEn: 'Please sign in',
    });
  });

  it('expires 30 days after sign-in even when used every day', async () => {
    const user = await createUser(server.storage);
    const client = await signIn(server.app, user.email, PASSWORD, freshIp());
    for (let day = 1; day < 30; day++) {
      server.advance(DAY);
      expect((await client.request('GET', '/api/today')).status).toBe(200);
    }
    server.advance(DAY);
    expect((await client.request('GET', '/api/today')).status).toBe(401);
  });

  it('logout ends this session only; logout everywhere ends all of them', async () => {
    const user = await createUser(server.storage);
    const phone = await signIn(server.app, user.email, PASSWORD, freshIp());
    const laptop = await signIn(server.app, user.email, PASSWORD, freshIp());
    const tablet = await signIn(server.app, user.email, PASSWORD, freshIp());
    const out = await phone.request('POST', '/api/auth/logout');
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toMatch(/renraku_session=;/);
    expect((await phone.request('GET', '/api/today')).status).toBe(401);
    expect((await laptop.request('GET', '/api/today')).status).toBe(200);
    const all = await laptop.request('POST', '/api/auth/logout-all');
    expect(all.body).toMatchObject({ ok: true, endedSessions: 2 });
    expect((await laptop.request('GET', '/api/today')).status).toBe(401);
    expect((await tablet.request('GET', '/api/today')).status).toBe(401);
  });

  it('password change needs the current password and ends every other session', async () => {
    const user = await createUser(server.storage);
    const here = await signIn(server.app, user.email, PASSWORD, freshIp());
    const elsewhere = await signIn(server.app, user.email, PASSWORD, freshIp());
    const wrong = await here.request('POST', '/api/auth/password', {
      current: 'not my password',
      next: 'a brand new passphrase',
    });
    expect(wrong.status).toBe(403);
    const short = await here.request('POST', '/api/auth/password', {
      current: PASSWORD,
      next: 'short',
    });
    expect(short.status).toBe(400);
    expect(short.body).toMatchObject({
      error: expect.stringContaining('10文字以上'),
      errorEn: expect.stringContaining('10'),
    });
    const changed = await here.request('POST', '/api/auth/password', {
      current: PASSWORD,
      next: 'a brand new passphrase',
    });
    expect(changed.body).toMatchObject({ ok: true, endedSessions: 1 });
    expect((await here.request('GET', '/api/today')).status).toBe(200);
    expect((await elsewhere.request('GET', '/api/today')).status).toBe(401);
    expect((await login(user.email, PASSWORD, freshIp())).status).toBe(401);
    expect((await login(user.email, 'a brand new passphrase', freshIp())).status).toBe(200);
  });
});

describe('invitations', () => {
  let admin: SignedInClient;
  let member: SignedInClient;
  beforeAll(async () => {
    const a = await createUser(server.storage, { role: 'admin' });
    const m = await createUser(server.storage);
    admin = await signIn(server.app, a.email, PASSWORD, freshIp());
    member = await signIn(server.app, m.email, PASSWORD, freshIp());
  });
  const invite = async (body: Record<string, unknown> = {}) => {
    const reply = await admin.request<{ token: string; path: string; invitation: { id: string } }>(
      'POST',
      '/api/admin/invitations',
      body,
    );
    expect(reply.status).toBe(201);
    return reply.body;
  };
  const signup = (body: Record<string, unknown>) =>
    send(server.app, 'POST', '/api/auth/signup', { body, headers: freshIp() });

  it('refuses sign-up without an invitation (RENRAKU_SIGNUP=invite)', async () => {
    const reply = await signup({ email: 'walkin@example.jp', password: 'long enough password' });
    expect(reply.status).toBe(403);
    expect(reply.body).toMatchObject({ error: '登録には招待リンクが必要です' });
  });

  it('signs up with an invitation once; the same link is refused afterwards', async () => {
    const { token, path } = await invite();
    expect(path).toBe(`/#/signup/${token}`);
    const first = await signup({
      email: 'new1@example.jp',
      password: 'long enough password',
      invitation: token,
    });
    expect(first.status).toBe(201);
    const cookie = sessionCookieOf(first.headers) ?? '';
    const mine = await send(server.app, 'GET', '/api/auth/session', { cookie });
    expect(mine.body).toMatchObject({ user: { email: 'new1@example.jp', role: 'member' } });
    const again = await signup({
      email: 'new2@example.jp',
      password: 'long enough password',
      invitation: token,
    });
    expect(again.status).toBe(403);
    expect(again.body).toMatchObject({ errorEn: 'This invitation link has already been used' });
    const stored = await server.storage.db.selectFrom('invitations').select('token_hash').execute();
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it('refuses an expired, a revoked, an unknown and another address’s invitation', async () => {
    const expiring = await invite({ days: 1 });
    const revoked = await invite();
    const addressed = await invite({ email: 'someone@example.jp' });
    expect(
      (await admin.request('DELETE', `/api/admin/invitations/${revoked.invitation.id}`)).status,
    ).toBe(200);
    server.advance(DAY + MINUTE);
    const cases: [string, string][] = [
      [expiring.token, 'This invitation link has expired; ask the administrator for a new one'],
      [revoked.token, 'This invitation link is not valid'],
      ['no-such-token', 'This invitation link is not valid'],
      [addressed.token, 'This invitation is for a different email address'],
    ];
    for (const [token, errorEn] of cases) {
      const reply = await signup({
        email: 'late@example.jp',
        password: 'long enough password',
        invitation: token,
      });
      expect(reply.status).toBe(403);
      expect(reply.body).toMatchObject({ errorEn });
    }
    const listed = await admin.request<{ invitations: { id: string; status: string }[] }>(
      'GET',
      '/api/admin/invitations',
    );
    const statusOf = (id: string) => listed.body.invitations.find((i) => i.id === id)?.status;
    expect(statusOf(expiring.invitation.id)).toBe('expired');
    expect(statusOf(revoked.invitation.id)).toBe('revoked');
    expect(statusOf(addressed.invitation.id)).toBe('open');
  });

  it('keeps the admin routes to admins (403 for a member, 401 signed out)', async () => {
    for (const [method, path] of [
      ['GET', '/api/admin/invitations'],
      ['POST', '/api/admin/invitations'],
      ['DELETE', '/api/admin/invitations/whatever'],
    ] as const) {
      const reply = await member.request(method, path, method === 'POST' ? {} : undefined);
      expect(reply.status).toBe(403);
      expect(reply.body).toMatchObject({ errorEn: 'Only an administrator can do this' });
      expect((await send(server.app, method, path)).status).toBe(401);
    }
  });
});

describe('one user’s data and the calendar feed', () => {
  it('shows each user only their own applications and serves the feed by its token alone', async () => {
    const a = await signIn(
      server.app,
      (await createUser(server.storage)).email,
      PASSWORD,
      freshIp(),
    );
    const b = await signIn(
      server.app,
      (await createUser(server.storage)).email,
      PASSWORD,
      freshIp(),
    );
    await a.request('POST', '/api/interviews', {
      companyName: '株式会社エー',
      stage: 'final',
      at: '2026-11-20T10:00',
      said: '1週間以内にご連絡します',
    });
    const listB = await b.request<{ applications: unknown[] }>('GET', '/api/applications');
    expect(listB.body.applications).toHaveLength(0);
    const feed = await a.request<{ path: string }>('GET', '/api/calendar/feed');
    const ics = await send(server.app, 'GET', feed.body.path);
    expect(ics.status).toBe(200);
    expect(String(ics.body)).toContain('BEGIN:VCALENDAR');
    expect((await send(server.app, 'GET', '/api/calendar/not-a-token.ics')).status).toBe(404);
  });
});

describe('modes', () => {
  it('embedded app: no accounts, no login; the session route says so', async () => {
    const runtime = await openRuntime(
      { dataDir: ':memory:' },
      () => new Date('2026-11-23T10:00:00+09:00'),
    );
    try {
      const app = createApp({ context: () => runtime.context, allowedHosts: ['127.0.0.1:4870'] });
      const session = await send(app, 'GET', '/api/auth/session');
      expect(session).toMatchObject({ status: 200, body: { mode: 'local' } });
      expect((await send(app, 'GET', '/api/today')).status).toBe(200);
      expect((await send(app, 'POST', '/api/auth/login', { body: {} })).status).toBe(404);
    } finally {
      await runtime.close();
    }
  });

  it('RENRAKU_SIGNUP=open: anyone signs up without an invitation, still with the password rules', async () => {
    const open = await accountsServer({ signup: 'open' });
    try {
      const short = await send(open.app, 'POST', '/api/auth/signup', {
        body: { email: 'walkin@example.jp', password: 'too short' },
      });
      expect(short.status).toBe(400);
      const made = await send(open.app, 'POST', '/api/auth/signup', {
        body: { email: 'walkin@example.jp', password: 'long enough password' },
      });
      expect(made.status).toBe(201);
      expect(made.body).toMatchObject({ user: { email: 'walkin@example.jp', role: 'member' } });
      const twice = await send(open.app, 'POST', '/api/auth/signup', {
        body: { email: 'WALKIN@example.jp', password: 'long enough password' },
      });
      expect(twice.status).toBe(409);
    } finally {
      await open.close();
    }
  });
});

describe('backup', () => {
  it('keeps accounts but not sessions, invitations or login attempts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'renraku-accounts-'));
    try {
      const file = join(dir, 'backup.jsonl');
      const counts = await writeBackup(
        server.storage.db,
        'postgres',
        file,
        '2026-11-23T10:00:00+09:00',
      );
      expect(Object.keys(counts)).not.toContain('sessions');
      const lines = readFileSync(file, 'utf8').trim().split('\n').slice(1);
      const tables = new Set(lines.map((l) => (JSON.parse(l) as { t: string }).t));
      for (const t of ['sessions', 'invitations', 'login_attempts'])
        expect(tables.has(t)).toBe(false);
      const users = lines.map(
        (l) => JSON.parse(l) as { t: string; r: { password_hash: string | null } },
      );
      expect(
        users.some((u) => u.t === 'users' && u.r.password_hash?.startsWith('$argon2id$')),
      ).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
