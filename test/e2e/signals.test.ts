import type { Browser, Page } from 'playwright-core';
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

/** Records an interview through the UI and returns the application id from the page it lands on. */
async function recordInterview(page: Page, url: string, company: string, said: string) {
  await page.goto(`${url}/#/record`);
  await page.getByLabel('企業名').fill(company);
  await page.getByLabel('選考段階').selectOption('final');
  await page.getByLabel('面接日時').fill('2026-11-20T14:00');
  await page.getByLabel('結果連絡について言われたこと').fill(said);
  await page.getByRole('button', { name: '保存する' }).click();
  // Only the URL is awaited: this test is about the review page, not the application page.
  await page.waitForURL(/#\/applications\/[^/]+$/);
  const id = /#\/applications\/(?<id>[^/?#]+)/.exec(page.url())?.groups?.id;
  if (!id) throw new Error(`no application id in ${page.url()}`);
  // Leave the document, so the next page.goto is a fresh load and not a hash change.
  await page.goto('about:blank');
  return id;
}

async function tellFirstChoice(page: Page, url: string, id: string) {
  await page.goto(`${url}/#/review/${id}`);
  await page.getByLabel('項目').selectOption('preference');
  await page.getByLabel('伝えた内容').fill('御社が第一志望です');
  await page.getByRole('button', { name: '伝えたことを記録する' }).click();
  await page.locator('.card').filter({ hasText: '御社が第一志望です' }).waitFor();
}

describe('after the interview, in Chromium at 390px', () => {
  it('reads two positive signs after a final, and warns about two first choices', {
    timeout: 90_000,
  }, async () => {
    const server = await startServer({ RENRAKU_DATA: tempDir() }, [
      '--port',
      String(await freePort()),
    ]);
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      const first = await recordInterview(
        page,
        server.url,
        '株式会社みらい技研',
        '1週間以内にご連絡します',
      );
      await page.goto(`${server.url}/#/review/${first}`);
      await page.getByRole('heading', { name: /株式会社みらい技研/ }).waitFor();
      expect(await page.locator('main').textContent()).toContain('まだ兆候が選ばれていません');

      await page.getByLabel('予定より長く話が続いた').check();
      // The second sign by keyboard only.
      await page.getByLabel('一緒に働くことになるチームの社員に引き合わされた').focus();
      await page.keyboard.press('Space');
      const reading = page.locator('.reading');
      await expect.poll(() => reading.textContent()).toContain('前向きな兆候が多めです');
      const text = (await reading.textContent()) ?? '';
      expect(text).toContain('67%');
      expect(text).toContain('話好き');
      expect(text).not.toMatch(/合格です|不合格です/);

      await page.getByRole('button', { name: 'チェックを保存する' }).click();
      await page.getByRole('status').filter({ hasText: '保存しました' }).first().waitFor();
      await page.reload();
      await expect.poll(() => page.getByLabel('予定より長く話が続いた').isChecked()).toBe(true);
      expect(
        await page.getByLabel('一緒に働くことになるチームの社員に引き合わされた').isChecked(),
      ).toBe(true);

      const second = await recordInterview(page, server.url, '株式会社あおぞら商事', '3日以内に');
      await tellFirstChoice(page, server.url, first);
      expect(await page.locator('.warnings').textContent()).toBe('');
      await tellFirstChoice(page, server.url, second);
      const warnings = page.locator('.warnings');
      await expect.poll(() => warnings.textContent()).toContain('両方に「第一志望」');
      const warning = (await warnings.textContent()) ?? '';
      expect(warning).toContain('株式会社みらい技研');
      expect(warning).toContain('株式会社あおぞら商事');

      // Readable at 390px: nothing pushes the page sideways.
      const width = await page.evaluate<number>('document.documentElement.scrollWidth');
      expect(width).toBeLessThanOrEqual(390);

      await page.getByRole('button', { name: '表示言語を英語に切り替える' }).click();
      await expect.poll(() => warnings.textContent()).toContain('each is your first choice');
    } finally {
      await page.close();
      await server.stop();
    }
  });

  it('finds reflections by a word and shows the question that came back', {
    timeout: 90_000,
  }, async () => {
    const server = await startServer({ RENRAKU_DATA: tempDir() }, [
      '--port',
      String(await freePort()),
    ]);
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      const reflect = async (company: string, question: string, delivery: string) => {
        const id = await recordInterview(page, server.url, company, '1週間以内に');
        await page.goto(`${server.url}/#/review/${id}`);
        await page.getByLabel('うまく答えられなかった質問（1行に1つ）').fill(question);
        await page.getByLabel('表情・話し方・声のトーン').fill(delivery);
        await page.getByRole('button', { name: '振り返りを保存する' }).click();
        await page.getByRole('status').filter({ hasText: '保存しました' }).first().waitFor();
      };
      await reflect('株式会社ひかり製作所', '志望動機を教えてください', '早口になった');
      await reflect('株式会社そよかぜ', '志望動機は何ですか？', '声が小さかった');

      await page.goto('about:blank');
      await page.goto(`${server.url}/#/reflections`);
      const recurring = page.getByRole('region', { name: 'くり返し聞かれている質問' });
      await expect.poll(() => recurring.textContent()).toContain('志望動機を教えてください');
      expect(await recurring.textContent()).toContain('2回');

      await page.getByLabel('振り返りを検索').fill('早口');
      await page.getByLabel('振り返りを検索').press('Enter');
      const cards = page.locator('.cards .card');
      await expect.poll(() => cards.count()).toBe(1);
      expect(await cards.textContent()).toContain('株式会社ひかり製作所');
    } finally {
      await page.close();
      await server.stop();
    }
  });
});
