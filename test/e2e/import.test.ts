import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROKEN_FIXTURES } from '../mail/fixtures-broken.js';
import { escapeFromLines, generateMessage } from '../mail/mbox-generator.js';
import { freePort, launchBrowser } from '../support/browser.js';
import { startServer, tempDir } from '../support/cli.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const GOOD = 500;

/** Generated mail in ISO-2022-JP, Shift_JIS and UTF-8, with one message that is not mail at all. */
function writeMailbox(path: string) {
  const garbage = BROKEN_FIXTURES.find((f) => f.name === 'binary garbage')!.raw;
  const chunks: Buffer[] = [];
  for (let i = 0; i < GOOD; i++) {
    chunks.push(Buffer.from('From saiyo@example.co.jp Fri Nov 20 10:05:00 2026\n'));
    chunks.push(escapeFromLines(generateMessage(i)), Buffer.from('\n\n'));
    if (i === 250) {
      chunks.push(
        Buffer.from('From nobody Fri Nov 20 10:05:00 2026\n'),
        garbage,
        Buffer.from('\n\n'),
      );
    }
  }
  writeFileSync(path, Buffer.concat(chunks));
}

describe('importing an .mbox from the UI, in Chromium', () => {
  it('uploads, shows the progress up to the end, then the summary and the mail in the inbox', async () => {
    const dir = tempDir();
    const mbox = join(dir, '就活メール.mbox');
    writeMailbox(mbox);
    const port = String(await freePort());
    const server = await startServer(
      { RENRAKU_DATA: join(dir, 'data'), RENRAKU_NOW: '2026-11-26T12:00:00+09:00' },
      ['--port', port],
    );
    const page = await browser.newPage({ viewport: { width: 390, height: 900 } });
    try {
      await page.goto(`${server.url}/#/inbox`);
      await page.getByRole('link', { name: '取り込み' }).click();
      await page.getByRole('heading', { name: 'メールの取り込み' }).waitFor();
      await page.getByLabel('.mbox ファイル').setInputFiles(mbox);
      await page.getByRole('button', { name: '取り込みを始める' }).click();

      // The bar moves (upload, then import) and ends full once the import says it is done.
      const done = page.getByRole('heading', { name: '取り込みが終わりました' });
      await done.waitFor({ timeout: 45_000 });
      expect(await page.getByTestId('progress-percent').textContent()).toBe('100%');
      expect(await page.getByRole('progressbar').getAttribute('value')).toBe('100');

      expect(await page.getByTestId('count-read').textContent()).toBe(String(GOOD + 1));
      expect(await page.getByTestId('count-imported').textContent()).toBe(String(GOOD));
      expect(await page.getByTestId('count-duplicates').textContent()).toBe('0');
      expect(await page.getByTestId('count-unreadable').textContent()).toBe('1');
      const reasons = page.getByRole('heading', { name: /読み取れなかったメール/ });
      await reasons.waitFor();
      // The broken one came right after the 251st message; its page says why it was not read.
      const problem = page.getByRole('link', { name: '#252' });
      const reason = await problem.locator('xpath=..').textContent();
      expect(reason).toMatch(/#252: .+/);

      await page.getByRole('link', { name: '受信箱で確認する' }).click();
      await page.getByRole('heading', { name: '企業からのメール' }).waitFor();
      const cards = page.locator('ul.cards > li');
      // The inbox lists the newest 200.
      await expect.poll(() => cards.count()).toBe(200);
      const main = await page.locator('main').textContent();
      expect(main).toContain('選考結果のご連絡');
      expect(main).not.toContain('\ufffd');

      await page.goBack();
      await page.getByRole('link', { name: '#252' }).click();
      await expect.poll(() => page.locator('main').textContent()).toContain('読み取れないメール');
    } finally {
      await page.close();
      await server.stop();
    }
  }, 60_000);
});
