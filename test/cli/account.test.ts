import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../support/cli.js';
import { createTestDatabase } from '../support/postgres.js';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.drop());

describe('renraku account create-admin', () => {
  it('makes the first administrator from a password on stdin, then refuses a second', async () => {
    const env = { DATABASE_URL: database.url };
    expect((await runCli(['migrate'], env)).code).toBe(0);
    const short = await runCli(
      ['account', 'create-admin', '--email', 'a@example.jp'],
      env,
      'short\n',
    );
    expect(short.code).not.toBe(0);
    expect(short.stderr).toContain('10文字以上');
    const made = await runCli(
      ['account', 'create-admin', '--email', 'Admin@Example.jp', '--json'],
      env,
      'an admin passphrase\n',
    );
    expect(made.code).toBe(0);
    expect(JSON.parse(made.stdout)).toMatchObject({
      user: { email: 'admin@example.jp', role: 'admin' },
    });
    expect(made.stdout).not.toContain('passphrase');
    const second = await runCli(
      ['account', 'create-admin', '--email', 'b@example.jp'],
      env,
      'another passphrase\n',
    );
    expect(second.code).not.toBe(0);
    expect(second.stderr).toContain('An administrator already exists');
  });

  it('refuses on the embedded database, which has no accounts', async () => {
    const result = await runCli(
      ['account', 'create-admin', '--email', 'a@example.jp'],
      { RENRAKU_DATA: tempDir(), DATABASE_URL: '' },
      'an admin passphrase\n',
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('server mode');
  });
});
