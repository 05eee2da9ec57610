import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, launchBrowser } from '../support/browser.js';
import { startServer, tempDir } from '../support/cli.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('first use, in Chromium', () => {
  it('creates a profile, records an interview for a new company, and finds it again after a restart', async () => {
    const data = tempDir();
    const port = String(await freePort());
    const env = { RENRAKU_DATA: data };
    let server = await startServer(env, ['--port', port]);
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      await page.goto(`${server.url}/#/profile`);
      await page.getByLabel('氏名（漢字）').fill('山田 太郎');
      await page.getByLabel('氏名（ふりがな）').fill('やまだ たろう');
      await page.getByLabel('メールアドレス').fill('taro@example.com');
      await page.getByLabel('大学').fill('サンプル大学');
      await page.getByRole('button', { name: '保存する' }).click();
      await page.getByRole('status').filter({ hasText: '保存しました' }).waitFor();

      await page.getByRole('link', { name: '応募一覧' }).click();
      await page.getByRole('link', { name: '面接を記録する' }).click();
      await page.getByLabel('企業名').fill('株式会社みらい技研');
      await page.getByLabel('選考段階').selectOption('final');
      await page.getByLabel('面接日時').fill('2026-11-20T14:00');
      await page.getByLabel('結果連絡について言われたこと').fill('1週間以内にご連絡します');
      // The words are read as they are typed: Fri 11/20 + 1 week → Fri 11/27.
      await expect
        .poll(() => page.locator('.preview').textContent())
        .toContain('2026年11月27日（金）');
      await page.getByRole('button', { name: '保存する' }).click();

      await page.getByRole('heading', { name: '株式会社みらい技研' }).waitFor();
      const body = await page.locator('main').textContent();
      expect(body).toContain('最終面接');
      expect(body).toContain('「1週間以内にご連絡します」');
      expect(body).toContain('2026年11月27日（金）');
      expect(body).toContain('2026年11月30日（月）');
      const url = page.url();

      await server.stop();
      server = await startServer(env, ['--port', port]);
      await page.goto(url);
      await page.getByRole('heading', { name: '株式会社みらい技研' }).waitFor();
      expect(await page.locator('main').textContent()).toContain('2026年11月27日（金）');
      await page.goto(`${server.url}/#/profile`);
      await expect.poll(() => page.getByLabel('氏名（漢字）').inputValue()).toBe('山田 太郎');

      await page.getByRole('button', { name: '表示言語を英語に切り替える' }).click();
      await page.getByRole('heading', { name: 'Profile' }).waitFor();
    } finally {
      await page.close();
      await server.stop();
    }
  });
});
