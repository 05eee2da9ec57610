import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMailPorts } from '../../src/app/mail-ports.js';
import { type Runtime, openRuntime } from '../../src/app/runtime.js';
import { createApp } from '../../src/server/app.js';
import {
  appendMessages,
  type Dovecot,
  DOVECOT_MISSING,
  findDovecot,
  startDovecot,
} from '../mail/dovecot.js';
import { generateMessage } from '../mail/mbox-generator.js';
import { apiClient } from '../support/api.js';

const HOST = '127.0.0.1:4870';
let server: Dovecot;
let runtime: Runtime;
let call: ReturnType<typeof apiClient>;
const logged: string[] = [];

beforeAll(async () => {
  // No silent skip: CI installs dovecot-imapd, and a missing server must fail loudly.
  if (!findDovecot()) throw new Error(DOVECOT_MISSING);
  server = await startDovecot();
  runtime = await openRuntime({ dataDir: ':memory:' }, () => new Date('2026-11-22T09:00:00+09:00'));
  const app = createApp({
    context: () => runtime.context,
    mail: createMailPorts(),
    allowedHosts: [HOST],
  });
  call = apiClient(app, HOST);
  // Whatever the server logs is kept, to check no password ever reaches a log.
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      logged.push(args.map(String).join(' '));
    });
  }
});
afterEach((context) => {
  if (context.task.result?.state === 'fail') console.info(server.log());
});
afterAll(async () => {
  vi.restoreAllMocks();
  await runtime?.close();
  await server?.stop();
});

const account = () => ({
  host: server.host,
  port: server.port,
  secure: false,
  user: server.user,
  mailbox: 'INBOX',
});

interface SyncView {
  sync: {
    state: 'running' | 'done' | 'failed';
    progress: { fetched: number };
    result: { fetched: number; imported: number; duplicates: number; unreadable: number } | null;
    error: { error: string; errorEn: string } | null;
  } | null;
  last: { at: string; summary: { fetched: number } } | null;
}

/** Polls the sync like the UI does, until it is no longer running. */
async function finished(): Promise<SyncView> {
  for (let i = 0; i < 200; i++) {
    const { body } = await call<SyncView>('GET', '/api/imap/sync');
    if (body.sync && body.sync.state !== 'running') return body;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error('the sync did not finish in 10 s');
}

describe('/api/imap against a real dovecot on loopback', { timeout: 60_000 }, () => {
  it('lists the presets and has no account at first', async () => {
    const { status, body } = await call('GET', '/api/imap');
    expect(status).toBe(200);
    expect(body.account).toBeNull();
    expect(body.presets).toMatchObject({ gmail: { host: 'imap.gmail.com', port: 993 } });
  });

  it('refuses a wrong password with a bilingual error that does not echo it', async () => {
    const { status, body } = await call('POST', '/api/imap/test', {
      ...account(),
      password: 'wrong-password',
    });
    expect(status).toBe(400);
    expect(body.code).toBe('INVALID');
    expect(body.error).toContain('ログインできません');
    expect(body.errorEn).toContain('Login failed');
    expect(JSON.stringify(body)).not.toContain('wrong-password');
  });

  it('says which port does not answer', async () => {
    const { status, body } = await call('POST', '/api/imap/test', {
      ...account(),
      port: 1,
      password: server.password,
    });
    expect(status).toBe(400);
    expect(body.error).toContain('サーバーに接続できません');
    expect(body.errorEn).toContain('Cannot connect');
  });

  it('asks for the app password when none is saved', async () => {
    const { status, body } = await call('PUT', '/api/imap', account());
    expect(status).toBe(400);
    expect(body).toMatchObject({
      error: expect.stringContaining('アプリ パスワード'),
      errorEn: 'Enter the app password',
    });
  });

  it('tests, saves (password write-only), syncs in the background, then only new mail', async () => {
    await appendMessages(server, [generateMessage(1), generateMessage(2), generateMessage(3)]);
    const test = await call('POST', '/api/imap/test', { ...account(), password: server.password });
    expect(test.status, JSON.stringify(test.body)).toBe(200);
    expect(test.body).toEqual({ ok: true, messages: 3 });

    const saved = await call('PUT', '/api/imap', { ...account(), password: server.password });
    expect(saved.status).toBe(200);
    expect(saved.body.account).toEqual({ ...account(), passwordSet: true });
    const read = await call('GET', '/api/imap');
    expect(JSON.stringify(read.body)).not.toContain(server.password);
    expect(read.body.account).toMatchObject({ passwordSet: true });
    // Saving again without a password keeps the saved one.
    const resaved = await call('PUT', '/api/imap', account());
    expect(resaved.status).toBe(200);

    // Two clicks at once: one sync starts, the other is told one is running.
    const [a, b] = await Promise.all([
      call('POST', '/api/imap/sync'),
      call('POST', '/api/imap/sync'),
    ]);
    expect([a.status, b.status].sort()).toEqual([202, 409]);
    const refused = a.status === 409 ? a : b;
    expect(refused.body).toMatchObject({
      code: 'CONFLICT',
      error: expect.stringContaining('実行中'),
    });

    const first = await finished();
    expect(first.sync?.state).toBe('done');
    expect(first.sync?.result).toMatchObject({
      fetched: 3,
      imported: 3,
      duplicates: 0,
      unreadable: 0,
    });
    expect(first.sync?.progress.fetched).toBe(3);
    expect(first.last).toMatchObject({ at: '2026-11-22T09:00:00+09:00', summary: { fetched: 3 } });
    const messages = await call<{ messages: unknown[] }>('GET', '/api/messages');
    expect(messages.body.messages).toHaveLength(3);

    await appendMessages(server, [generateMessage(4)]);
    expect((await call('POST', '/api/imap/sync')).status).toBe(202);
    const second = await finished();
    expect(second.sync?.result).toMatchObject({ fetched: 1, imported: 1 });
  });

  it('reports a failed background sync in both languages', async () => {
    await call('PUT', '/api/imap', { ...account(), password: 'no-longer-valid' });
    expect((await call('POST', '/api/imap/sync')).status).toBe(202);
    const view = await finished();
    expect(view.sync?.state).toBe('failed');
    expect(view.sync?.error?.error).toContain('ログインできません');
    expect(view.sync?.error?.errorEn).toContain('Login failed');
    expect(JSON.stringify(view)).not.toContain('no-longer-valid');
  });

  it('never logged a password', () => {
    const all = logged.join('\n');
    for (const secret of [server.password, 'wrong-password', 'no-longer-valid'])
      expect(all).not.toContain(secret);
  });
});
