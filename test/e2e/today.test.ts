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

describe('the wait, in Chromium', () => {
  it('shows the wait after a Friday interview, then the inquiry with its draft once the clock reaches it', async () => {
    const port = String(await freePort());
    const server = await startServer(
      {
        RENRAKU_DATA: tempDir(),
        RENRAKU_NOW: '2026-11-20T18:00:00+09:00',
        RENRAKU_TEST_CLOCK: '1',
      },
      ['--port', port],
    );
    const page = await browser.newPage({ viewport: { width: 390, height: 900 } });
    try {
      await page.goto(`${server.url}/#/record`);
      await page.getByLabel('企業名').fill('株式会社あおぞら製作所');
      await page.getByLabel('選考段階').selectOption('interview_2');
      await page.getByLabel('面接日時').fill('2026-11-20T14:00');
      await page.getByLabel('結果連絡について言われたこと').fill('1週間以内にご連絡いたします');
      await page.getByRole('button', { name: '保存する' }).click();
      await page.getByRole('heading', { name: '株式会社あおぞら製作所' }).waitFor();

      await page.getByRole('link', { name: '今日やること' }).click();
      const waiting = page.locator('[data-action="wait"]');
      await waiting.waitFor();
      expect(await waiting.textContent()).toContain('期限まであと 7日');
      expect(await waiting.textContent()).toContain('2026年11月27日（金）');
      const doNow = page.locator('section[aria-labelledby="now-title"]');
      const comingUp = page.locator('section[aria-labelledby="upcoming-title"]');
      await expect.poll(() => doNow.locator('[data-action="send_thanks"]').count()).toBe(1);
      // The inquiry is only coming up, not due.
      expect(await doNow.locator('[data-action="inquire"]').count()).toBe(0);
      expect(await comingUp.locator('[data-action="inquire"]').count()).toBe(1);

      // Move the app's clock (test-only setting) to Mon 11/30, the first day to inquire.
      const moved = await page.request.put(`${server.url}/api/test/clock`, {
        data: { now: '2026-11-30T10:00:00+09:00' },
        headers: { origin: server.url },
      });
      expect(moved.status()).toBe(200);
      await page.reload();
      const inquire = doNow.locator('[data-action="inquire"]');
      await inquire.waitFor();
      expect(await inquire.textContent()).toContain('11/28(土) は土曜日');
      const draftLink = inquire.getByRole('link', { name: '下書きを開く' });
      expect(await draftLink.getAttribute('href')).toMatch(
        /^#\/draft\/[0-9a-f-]+\/inquiry_result$/,
      );
      expect(await page.locator('[data-action="wait"]').count()).toBe(0);
    } finally {
      await page.close();
      await server.stop();
    }
  });
});
