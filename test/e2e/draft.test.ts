import { readFileSync } from 'node:fs';
import { simpleParser } from 'mailparser';
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

describe('the inquiry draft, in Chromium', () => {
  it('opens from the inquiry action, flags 至急 as it is typed, and downloads the .eml', async () => {
    const port = String(await freePort());
    // Mon 2026-11-30: the inquiry day for a 「1週間以内」 said on Fri 11/20.
    const server = await startServer(
      { RENRAKU_DATA: tempDir(), RENRAKU_NOW: '2026-11-30T10:30:00+09:00' },
      ['--port', port],
    );
    const context = await browser.newContext({
      acceptDownloads: true,
      viewport: { width: 1000, height: 900 },
    });
    const page = await context.newPage();
    try {
      const headers = { origin: server.url };
      await page.request.put(`${server.url}/api/profile`, {
        headers,
        data: {
          kind: 'tenshoku',
          nameKanji: '佐々木 健',
          nameKana: 'ささき けん',
          email: 'ken@example.com',
          phone: '080-0000-1111',
          currentEmployer: '株式会社いろは物流',
        },
      });
      const created = await page.request.post(`${server.url}/api/interviews`, {
        headers,
        data: {
          companyName: '株式会社つばさシステムズ',
          stage: 'interview_1',
          at: '2026-11-20T15:00',
          said: '1週間以内にご連絡します',
        },
      });
      expect(created.status()).toBe(201);

      await page.goto(`${server.url}/#/today`);
      const inquire = page.locator('section[aria-labelledby="now-title"] [data-action="inquire"]');
      await inquire.getByRole('link', { name: '下書きを開く' }).click();
      const body = page.getByLabel('本文');
      await body.waitFor();
      expect(await body.inputValue()).toContain('11月20日（金）');
      const demanding = page.locator('[data-rule="no-demanding"]');
      expect(await demanding.count()).toBe(0);

      const original = await body.inputValue();
      await body.fill(`${original}\n至急ご回答ください。`);
      await demanding.first().waitFor();
      expect(await demanding.first().textContent()).toContain('要修正');

      await body.fill(original);
      await expect.poll(() => demanding.count()).toBe(0);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: '.eml をダウンロード' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('renraku-draft.eml');
      const path = await download.path();
      const mail = await simpleParser(readFileSync(path));
      expect(mail.subject).toBe(await page.getByLabel('件名').inputValue());
      expect(mail.text).toContain('11月20日（金）');
      expect(mail.text).not.toContain('至急');
    } finally {
      await context.close();
      await server.stop();
    }
  });
});
