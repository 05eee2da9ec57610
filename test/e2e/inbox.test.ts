import { createServer } from 'node:http';
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

const REJECTION = [
  '鈴木 葵 様',
  '',
  'このたびは弊社の最終面接にお越しいただき、誠にありがとうございました。',
  '慎重に検討いたしました結果、誠に残念ながら今回は採用を見送らせていただくこととなりました。',
  'ご期待に沿えず大変申し訳ございません。',
  '鈴木様の今後のご活躍をお祈り申し上げます。',
  '',
  '株式会社こもれび出版 人事部',
].join('\n');

describe('the inbox, in Chromium', () => {
  it('reads a pasted rejection, proposes the update, and applies it to the application', async () => {
    const port = String(await freePort());
    const server = await startServer(
      { RENRAKU_DATA: tempDir(), RENRAKU_NOW: '2026-11-26T12:00:00+09:00' },
      ['--port', port],
    );
    const page = await browser.newPage({ viewport: { width: 390, height: 900 } });
    try {
      const created = await page.request.post(`${server.url}/api/interviews`, {
        headers: { origin: server.url },
        data: {
          companyName: '株式会社こもれび出版',
          stage: 'final',
          at: '2026-11-20T14:00',
          said: '1週間以内にご連絡します',
        },
      });
      expect(created.status()).toBe(201);

      await page.goto(`${server.url}/#/inbox`);
      await page.getByLabel('件名').fill('選考結果のご連絡');
      await page.getByLabel('差出人アドレス').fill('jinji@komorebi.example');
      await page.getByLabel('本文（貼り付け）').fill(REJECTION);
      await page.getByRole('button', { name: '読み取る' }).click();
      const category = page.getByTestId('category');
      await category.waitFor();
      expect(await category.textContent()).toBe('不採用');
      // Linked by the company name in the signature.
      await expect.poll(() => page.getByLabel('紐付ける応募').inputValue()).not.toBe('');
      await page.getByRole('button', { name: 'この内容で反映する' }).click();

      await page.getByRole('heading', { name: '株式会社こもれび出版' }).waitFor();
      const main = page.locator('main');
      await expect.poll(() => main.textContent()).toContain('状況: 不採用');
      expect(await main.textContent()).toContain('選考結果のご連絡');
    } finally {
      await page.close();
      await server.stop();
    }
  });

  it('shows an HTML mail with nothing executing and no remote request leaving the page', async () => {
    // A "remote" server on loopback that records every request: none may arrive.
    const hits: string[] = [];
    const tracker = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.end('x');
    });
    await new Promise<void>((done) => tracker.listen(0, '127.0.0.1', done));
    const trackerUrl = `http://127.0.0.1:${(tracker.address() as { port: number }).port}`;
    const port = String(await freePort());
    const server = await startServer({ RENRAKU_DATA: tempDir() }, ['--port', port]);
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    try {
      const html = [
        '<p>面接のご案内です。</p>',
        '<script>window.parent.__pwned = 1; alert("script")</script>',
        `<img src="${trackerUrl}/pixel.gif" width="1" height="1">`,
        `<img src="x" onerror="window.parent.__pwned = 2; fetch('${trackerUrl}/onerror')">`,
        `<a href="javascript:alert('link')">リンク</a>`,
        `<svg><script>alert('svg')</script></svg>`,
        `<div style="background:url(${trackerUrl}/css)">styled</div>`,
      ].join('\n');
      const raw = [
        'From: =?UTF-8?B?5o6h55So5ouF5b2T?= <saiyo@example.co.jp>',
        'To: aoi@example.com',
        'Subject: =?UTF-8?B?6Z2i5o6l44Gu44GU5qGI5YaF?=',
        'Message-ID: <html-1@example.co.jp>',
        'Date: Thu, 26 Nov 2026 10:00:00 +0900',
        'MIME-Version: 1.0',
        'Content-Type: text/html; charset=utf-8',
        'Content-Transfer-Encoding: base64',
        '',
        Buffer.from(html).toString('base64'),
      ].join('\r\n');
      const uploaded = await page.request.post(`${server.url}/api/messages/eml`, {
        headers: { origin: server.url, 'content-type': 'message/rfc822' },
        data: Buffer.from(raw),
      });
      expect(uploaded.status()).toBe(201);
      const { message } = (await uploaded.json()) as { message: { id: string } };

      await page.goto(`${server.url}/#/inbox/${message.id}`);
      const frame = page.frameLocator('iframe.mail-frame');
      await frame.getByText('面接のご案内です。').waitFor();
      await page.waitForTimeout(800);
      expect(
        await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned),
      ).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(hits).toEqual([]);
      expect(await frame.locator('script').count()).toBe(0);
      expect(await frame.locator('[onerror]').count()).toBe(0);
      expect(await frame.locator('a[href^="javascript:"]').count()).toBe(0);
      const sandbox = await page.locator('iframe.mail-frame').getAttribute('sandbox');
      expect(sandbox).not.toContain('allow-scripts');

      // The user allows images for this message: now (and only now) the pixel loads, which
      // also shows that the tracker above would have seen any request.
      await page.getByRole('button', { name: 'このメールの画像を表示' }).click();
      await expect.poll(() => hits, { timeout: 5000 }).toContain('/pixel.gif');
      expect(hits).not.toContain('/onerror');
      expect(
        await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned),
      ).toBeUndefined();
    } finally {
      await page.close();
      await server.stop();
      await new Promise<void>((done) => tracker.close(() => done()));
    }
  });
});
