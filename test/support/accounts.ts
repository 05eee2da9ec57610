import type { Hono } from 'hono';
import { type Runtime, openRuntime } from '../../src/app/runtime.js';
import { type AppDeps, createApp } from '../../src/server/app.js';
import type { AccountsOptions } from '../../src/server/auth/options.js';
import { tokyoIso } from '../../src/services/context.js';
import { hashPassword } from '../../src/services/passwords.js';
import type { Storage } from '../../src/storage/engine.js';
import { newId } from '../../src/storage/ids.js';
import { insertAccount } from '../../src/storage/repos/accounts.js';
import { createTestDatabase } from './postgres.js';

export const HOST = '127.0.0.1:4870';
export const PASSWORD = 'correct horse battery staple';

export interface Reply<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
}

/**
 * A server-mode app on a fresh PostgreSQL database, with a clock the test moves.
 * @example const server = await accountsServer(); … await server.close();
 */
export async function accountsServer(
  options: Partial<AccountsOptions> = {},
  start = new Date('2026-11-23T10:00:00+09:00'),
  extra: Partial<AppDeps> = {},
) {
  const database = await createTestDatabase();
  let now = start.getTime();
  let runtime: Runtime;
  try {
    runtime = await openRuntime({ databaseUrl: database.url }, () => new Date(now));
  } catch (error) {
    await database.drop();
    throw error;
  }
  const app = createApp({
    context: () => runtime.context,
    allowedHosts: [HOST],
    accounts: { signup: 'invite', secureCookies: false, trustProxy: false, ...options },
    ...extra,
  });
  return {
    app,
    runtime,
    storage: runtime.storage,
    url: database.url,
    /** Moves the app's clock forward by ms. */
    advance(ms: number) {
      now += ms;
    },
    now: () => new Date(now),
    async close() {
      await runtime.close();
      await database.drop();
    },
  };
}

let counter = 0;

/** An account made directly in the database (password hashed like a real sign-up). */
export async function createUser(
  storage: Storage,
  input: { email?: string; password?: string; role?: 'admin' | 'member'; name?: string } = {},
  at = new Date('2026-11-23T09:00:00+09:00'),
) {
  counter++;
  const id = newId();
  const email = input.email ?? `user${counter}-${id.slice(-6)}@example.jp`;
  await insertAccount(storage.db, {
    id,
    name: input.name ?? `利用者${counter}`,
    email,
    passwordHash: await hashPassword(input.password ?? PASSWORD),
    role: input.role ?? 'member',
    createdAt: tokyoIso(at),
  });
  return { id, email, password: input.password ?? PASSWORD };
}

/** One raw request the way the browser UI sends it (own Host and Origin, JSON). */
export async function send<T = Record<string, unknown>>(
  app: Pick<Hono, 'request'>,
  method: string,
  path: string,
  options: {
    body?: unknown;
    cookie?: string;
    csrf?: string;
    headers?: Record<string, string>;
  } = {},
): Promise<Reply<T>> {
  const headers: Record<string, string> = {
    host: HOST,
    origin: `http://${HOST}`,
    'content-type': 'application/json',
    ...(options.cookie ? { cookie: options.cookie } : {}),
    ...(options.csrf ? { 'x-csrf-token': options.csrf } : {}),
    ...options.headers,
  };
  const response = await app.request(`http://${HOST}${path}`, {
    method,
    headers,
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  const json = (response.headers.get('content-type') ?? '').includes('json');
  return {
    status: response.status,
    body: (json ? JSON.parse(text) : text) as T,
    headers: response.headers,
  };
}

/** The `renraku_session=…` pair from a response's Set-Cookie, for the next request's Cookie. */
export function sessionCookieOf(headers: Headers): string | undefined {
  const set = headers.get('set-cookie') ?? '';
  const match = /(?:^|,\s*)(renraku_session=[^;]*)/.exec(set);
  return match?.[1];
}

/**
 * Signs in through the real login route and returns a client that sends the session cookie
 * and (on every non-GET) the CSRF token, like the UI.
 * @example const alice = await signIn(app, user.email, user.password); await alice.request('GET', '/api/today');
 */
export async function signIn(
  app: Pick<Hono, 'request'>,
  email: string,
  password = PASSWORD,
  headers: Record<string, string> = {},
) {
  const reply = await send<{ csrfToken: string; user: { id: string } }>(
    app,
    'POST',
    '/api/auth/login',
    {
      body: { email, password },
      headers,
    },
  );
  const cookie = sessionCookieOf(reply.headers);
  if (reply.status !== 200 || !cookie) {
    throw new Error(`sign-in failed for ${email}: ${reply.status} ${JSON.stringify(reply.body)}`);
  }
  const csrf = reply.body.csrfToken;
  return {
    cookie,
    csrf,
    userId: reply.body.user.id,
    request<T = Record<string, unknown>>(method: string, path: string, body?: unknown) {
      return send<T>(app, method, path, {
        body,
        cookie,
        ...(method === 'GET' || method === 'HEAD' ? {} : { csrf }),
      });
    },
  };
}

export type SignedInClient = Awaited<ReturnType<typeof signIn>>;
