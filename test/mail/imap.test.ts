import { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeMessage } from '../../src/adapters/mail/decode.js';
import { type ImapSyncOptions, syncImap } from '../../src/adapters/mail/imap.js';
import {
  appendMessages,
  type Dovecot,
  DOVECOT_MISSING,
  findDovecot,
  startDovecot,
} from './dovecot.js';
import { BASIC_FIXTURES, SUBJECT } from './fixtures.js';
import { generateMessage } from './mbox-generator.js';

let server: Dovecot;
let options: ImapSyncOptions;

beforeAll(async () => {
  // No silent skip: CI installs dovecot-imapd, and a missing server must fail loudly.
  if (!findDovecot()) throw new Error(DOVECOT_MISSING);
  server = await startDovecot();
  options = {
    host: server.host,
    port: server.port,
    secure: false,
    user: server.user,
    password: server.password,
  };
});
afterAll(async () => {
  await server?.stop();
});

const append = (messages: Buffer[], mailbox = 'INBOX') => appendMessages(server, messages, mailbox);

async function sync(extra: Partial<ImapSyncOptions> = {}) {
  const seen: { uid: number; raw: Buffer }[] = [];
  const result = await syncImap({ ...options, ...extra }, async (raw, uid) => {
    seen.push({ uid, raw });
  });
  return { result, seen };
}

describe('syncImap against a real dovecot on loopback', () => {
  it('fetches everything first, then only what is new', async () => {
    await append(BASIC_FIXTURES.slice(0, 3).map((f) => f.raw));
    const first = await sync();
    expect(first.result).toMatchObject({ ok: true, fetched: 3, highestUid: 3, restarted: false });
    const decoded = await decodeMessage(first.seen[0]!.raw);
    expect(decoded.ok && decoded.subject).toBe(SUBJECT);
    if (!first.result.ok) return;
    const checkpoint = { sinceUid: first.result.highestUid, uidValidity: first.result.uidValidity };

    expect((await sync(checkpoint)).seen).toEqual([]);

    await append([generateMessage(1), generateMessage(2)]);
    const second = await sync(checkpoint);
    expect(second.seen.map((m) => m.uid)).toEqual([4, 5]);
    expect(second.result).toMatchObject({ ok: true, fetched: 2, highestUid: 5 });
    expect(second.seen[0]!.raw.equals(generateMessage(1))).toBe(true);
  });

  it('starts over when UIDVALIDITY changed', async () => {
    const { result, seen } = await sync({ sinceUid: 5, uidValidity: 1 });
    expect(result).toMatchObject({ ok: true, restarted: true, fetched: 5, highestUid: 5 });
    expect(seen.map((m) => m.uid)).toEqual([1, 2, 3, 4, 5]);
  });

  it('reads another mailbox and an empty one', async () => {
    const client = new ImapFlow({
      ...options,
      auth: { user: options.user, pass: options.password },
      logger: false,
    });
    await client.connect();
    await client.mailboxCreate('Jobs');
    await client.logout();
    expect((await sync({ mailbox: 'Jobs' })).result).toMatchObject({
      ok: true,
      fetched: 0,
      highestUid: 0,
    });
  });

  it('returns login and connection failures as values, without the password', async () => {
    const wrong = await sync({ password: 'not-the-password' });
    expect(wrong.result).toMatchObject({ ok: false, code: 'auth' });
    if (!wrong.result.ok) expect(wrong.result.reason).not.toContain('not-the-password');
    const missing = await sync({ mailbox: 'NoSuchBox' });
    expect(missing.result).toMatchObject({ ok: false, code: 'mailbox' });
    const closed = await sync({ port: 1 });
    expect(closed.result).toMatchObject({ ok: false, code: 'connect' });
  });

  it('lets an error from the callback propagate', async () => {
    await expect(
      syncImap(options, async () => {
        throw new Error('store failed');
      }),
    ).rejects.toThrow('store failed');
  });
});
