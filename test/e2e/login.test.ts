import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, launchBrowser } from '../support/browser.js';
import { runCli } from '../support/cli.js';
import { createTestDatabase } from '../support/postgres.js';

const ROOT = join(import.meta.dirname, '..', '..');
const PASSWORD = 'an admin passphrase';

let browser: Browser;
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let server: { url: string; child: ChildProcess } | undefined;

/** `renraku serve` in server mode: its log is JSON on stdout, the URL in the "started" line. */
function serve(
  env: Record<string, string>,
  port: number,
): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts'), 'serve', '--port', String(port)],
      { env: { ...process.env, ...env }, cwd: ROOT },
    );
    let out = '';
    let err = '';
    const timer = setTimeout(
      () => reject(new Error(`server did not start: ${out} ${err}`)),
      30_000,
    );
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const url = /"url":"(http:\/\/[^"]+)"/.exec(out)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ url, child });
      }
    });
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}): ${out} ${err}`));
    });
  });
}

beforeAll(async () => {
  browser = await launchBrowser();
  database = await createTestDatabase();
});
afterAll(async () => {
  await browser?.close();
  if (server && server.child.exitCode === null) {
    const exited = new Promise((done) => server?.child.once('exit', done));
    server.child.kill('SIGTERM');
    await exited;
  }
  await database?.drop();
});

describe('server mode, in Chromium', () => {
  it('asks to sign in, signs in, shows today, invites a newcomer who signs up, signs out', async () => {
    const env = { DATABASE_URL: database.url, RENRAKU_NOW: '2026-11-23T10:00:00+09:00' };
    expect((await runCli(['migrate'], env)).code).toBe(0);
    const admin = await runCli(
      ['account', 'create-admin', '--email', 'Admin@Example.jp'],
      env,
      `${PASSWORD}\n`,
    );
    expect(admin.stderr).toBe('');
    expect(admin.stdout).toContain('admin@example.jp');
    server = await serve(env, await freePort());

    const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/#/today`);
    await page.getByRole('heading', { name: 'ログイン' }).waitFor();
    expect(await page.getByRole('navigation').count()).toBe(0);

    await page.getByLabel('メールアドレス').fill('admin@example.jp');
    await page.getByLabel('パスワード').fill('not the password');
    await page.getByRole('button', { name: 'ログインする' }).click();
    await page.getByText('メールアドレスまたはパスワードが違います').waitFor();

    await page.getByLabel('パスワード').fill(PASSWORD);
    await page.getByRole('button', { name: 'ログインする' }).click();
    await page.getByRole('heading', { name: '今日やること' }).waitFor();
    const [cookie] = (await context.cookies()).filter((c) => c.name === 'renraku_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });

    // A state change from the page carries the CSRF token: the profile saves.
    await page.getByRole('link', { name: 'プロフィール' }).click();
    await page.getByLabel('氏名（漢字）').fill('山田 花子');
    await page.getByRole('button', { name: '保存する' }).click();
    await page.getByText('保存しました').waitFor();

    // The admin makes an invitation link; a new browser signs up with it.
    await page.getByRole('link', { name: 'アカウント' }).click();
    await page.getByRole('button', { name: '招待リンクを作る' }).click();
    const link = await page.getByLabel('作成した招待リンク').inputValue();
    expect(link).toMatch(new RegExp(`^${server.url}/#/signup/[A-Za-z0-9_-]{32}$`));
    const invited = await browser.newContext();
    const newcomer = await invited.newPage();
    await newcomer.goto(link);
    await newcomer.getByRole('heading', { name: 'アカウントの登録' }).waitFor();
    await newcomer.getByLabel('メールアドレス').fill('student@example.jp');
    await newcomer.getByLabel('パスワード').fill('a student passphrase');
    await newcomer.getByRole('button', { name: '登録してはじめる' }).click();
    await newcomer.getByRole('heading', { name: 'プロフィール' }).waitFor();
    // Their own data: the admin's profile is not theirs.
    await expect.poll(() => newcomer.getByLabel('氏名（漢字）').inputValue()).toBe('');
    await invited.close();
    await page.reload();
    await page.getByRole('cell', { name: '使用済み' }).waitFor();

    await page.getByRole('button', { name: 'ログアウトする' }).click();
    await page.getByRole('heading', { name: 'ログイン' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'ログイン' }).waitFor();
    expect((await page.request.get(`${server.url}/api/today`)).status()).toBe(401);
    await context.close();
  }, 90_000);
});
