import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appendMessages,
  type Dovecot,
  DOVECOT_MISSING,
  findDovecot,
  startDovecot,
} from '../mail/dovecot.js';
import { generateMessage } from '../mail/mbox-generator.js';
import { runCli, tempDir } from '../support/cli.js';

let server: Dovecot;

beforeAll(async () => {
  // No silent skip: CI installs dovecot-imapd, and a missing server must fail loudly.
  if (!findDovecot()) throw new Error(DOVECOT_MISSING);
  server = await startDovecot();
});
afterAll(async () => {
  await server?.stop();
});

describe('renraku import --imap against a real dovecot on loopback', () => {
  it('imports the mailbox, then only what is new, never printing the password', async () => {
    await appendMessages(server, [generateMessage(1), generateMessage(2), generateMessage(3)]);
    const data = tempDir();
    const args = [
      'import',
      '--imap',
      '--host',
      server.host,
      '--port',
      String(server.port),
      '--no-tls',
      '--user',
      server.user,
      '--json',
    ];
    const env = { RENRAKU_DATA: data, RENRAKU_IMAP_PASSWORD: server.password };
    const first = await runCli(args, env);
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ fetched: 3, imported: 3, duplicates: 0 });

    await appendMessages(server, [generateMessage(4)]);
    // The saved account is used: no password in the environment this time.
    const second = await runCli(['import', '--imap', '--json'], { RENRAKU_DATA: data });
    expect(second.code, second.stderr).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ fetched: 1, imported: 1 });
    for (const out of [first, second])
      expect(out.stdout + out.stderr).not.toContain(server.password);

    const wrong = await runCli(args, { ...env, RENRAKU_IMAP_PASSWORD: 'wrong-password' });
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toContain('ログインできません');
    expect(wrong.stderr).not.toContain('wrong-password');
    // Three CLI processes and a refused login: 20 s is too little on a loaded 2-core machine.
  }, 60_000);
});
