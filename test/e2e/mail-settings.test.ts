import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appendMessages,
  type Dovecot,
  DOVECOT_MISSING,
  findDovecot,
  startDovecot,
} from '../mail/dovecot.js';
import { generateMessage } from '../mail/mbox-generator.js';
import { freePort, launchBrowser } from '../support/browser.js';
import { startServer, tempDir } from '../support/cli.js';

let browser: Browser;
let imap: Dovecot;
beforeAll(async () => {
  // No silent skip: CI installs dovecot-imapd, and a missing server must fail loudly.
  if (!findDovecot()) throw new Error(DOVECOT_MISSING);
  imap = await startDovecot();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await imap?.stop();
});

describe('the mail account page, in Chromium against dovecot', () => {
  it('tests the connection, saves a write-only password, and syncs now with the counts', async () => {
    await appendMessages(
      imap,
      [1, 2, 3].map((i) => generateMessage(i)),
    );

    const port = String(await freePort());
    const server = await startServer(
      { RENRAKU_DATA: tempDir(), RENRAKU_NOW: '2026-11-26T12:00:00+09:00' },
      ['--port', port],
    );
    const page = await browser.newPage({ viewport: { width: 390, height: 900 } });
    try {
      await page.goto(`${server.url}/#/import`);
      await page.getByRole('link', { name: /IMAP の設定/ }).click();
      await page.getByRole('heading', { name: 'メールアカウント（IMAP）' }).waitFor();
      // A preset fills the server; the test server is local, so it is then set by hand.
      await page.getByLabel('メールサービス').selectOption('gmail');
      expect(await page.getByLabel('IMAP サーバー').inputValue()).toBe('imap.gmail.com');
      await page.getByLabel('メールサービス').selectOption('other');
      await page.getByLabel('IMAP サーバー').fill(imap.host);
      await page.getByLabel('ポート').fill(String(imap.port));
      await page.getByLabel('TLS で暗号化する（通常はオン）').uncheck();
      await page.getByLabel('ユーザー名（メールアドレス）').fill(imap.user);

      await page.getByLabel('アプリ パスワード').fill('wrong-password');
      await page.getByRole('button', { name: '接続を確認する' }).click();
      const alert = page.getByRole('alert');
      await expect
        .poll(() => alert.textContent(), { timeout: 15_000 })
        .toContain('ログインできません');

      await page.getByLabel('アプリ パスワード').fill(imap.password);
      await page.getByRole('button', { name: '接続を確認する' }).click();
      const status = page.getByRole('status');
      await expect.poll(() => status.textContent(), { timeout: 15_000 }).toContain('3件');
      await page.getByRole('button', { name: '保存する' }).click();
      await expect.poll(() => status.textContent()).toBe('保存しました');

      // After a reload the password is not sent back: the field is empty and says it is set.
      await page.reload();
      const password = page.getByLabel('アプリ パスワード');
      await expect
        .poll(() => password.getAttribute('placeholder'))
        .toBe('設定済み（変更するときだけ入力）');
      expect(await password.inputValue()).toBe('');
      expect(await page.content()).not.toContain(imap.password);

      await page.getByRole('button', { name: '今すぐ同期する' }).click();
      await page.getByRole('heading', { name: '同期が終わりました' }).waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('count-fetched').textContent()).toBe('3');
      expect(await page.getByTestId('count-imported').textContent()).toBe('3');
      expect(await page.locator('main').textContent()).toContain('前回の同期: 2026/11/26 12:00');
    } finally {
      await page.close();
      await server.stop();
    }
  }, 90_000);
});
