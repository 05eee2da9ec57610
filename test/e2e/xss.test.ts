import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, launchBrowser } from '../support/browser.js';
import { startServer, tempDir } from '../support/cli.js';

/**
 * Hostile content in Chromium: a corpus of XSS payloads goes through the API into every text
 * field a user or a mail can fill, and into HTML mail; then every page that shows them is
 * opened in both languages. A payload that runs leaves a trace three ways (the window.__xss
 * counter, a console line, a dialog); every request the page makes is recorded, and none may
 * go to a host other than the app.
 */
const RUN = "top.__xss=1+(top.__xss|0);console.log('XSS-RAN')";
const EVIL = 'http://evil.example';
const PAYLOADS: readonly string[] = [
  `<script>${RUN}</script>`,
  `<img src=x onerror="${RUN}">`,
  `<svg onload="${RUN}">`,
  `<svg><script>${RUN}</script></svg>`,
  `<body onload="${RUN}">`,
  `<details open ontoggle="${RUN}">`,
  `<a href="javascript:${RUN}">link</a>`,
  `javascript:${RUN}`,
  `<iframe src="javascript:${RUN}"></iframe>`,
  `<iframe srcdoc="<script>${RUN}</script>"></iframe>`,
  `<object data="data:text/html,<script>${RUN}</script>"></object>`,
  `<a href="data:text/html;base64,${Buffer.from(`<script>${RUN}</script>`).toString('base64')}">d</a>`,
  `<div style="background:url(javascript:${RUN})">css</div>`,
  `<div style="width:expression(${RUN})">ie</div>`,
  `<style>@import '${EVIL}/import.css';</style>`,
  `<div style="background:url(${EVIL}/bg.png)">bg</div>`,
  `<img src="${EVIL}/pixel.gif">`,
  `<base href="${EVIL}/">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`,
  `{{constructor.constructor("${RUN.replaceAll("'", '`')}")()}}`,
  `<noscript><p title="</noscript><img src=x onerror=${RUN}>">`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}>`,
  `"><img src=x onerror=${RUN}>`,
  `'--><svg/onload=${RUN}>`,
  `<input autofocus onfocus="${RUN}">`,
  `<form action="javascript:${RUN}"><button>送信</button></form>`,
  `<video><source onerror="${RUN}"></video>`,
  `<link rel=stylesheet href="${EVIL}/x.css">`,
];
/** Payload i, cut to a field's limit (the validation would refuse longer text). */
const p = (i: number, max = 2000) => (PAYLOADS[i % PAYLOADS.length] ?? '').slice(0, max);

const PAGES = (ids: { application: string; company: string; message: string; html: string }) => [
  '#/today',
  '#/applications',
  `#/applications/${ids.application}`,
  '#/companies',
  `#/companies/${ids.company}`,
  '#/profile',
  '#/inbox',
  `#/inbox/${ids.message}`,
  `#/inbox/${ids.html}`,
  `#/draft/${ids.application}/thanks_after_interview`,
  `#/review/${ids.application}`,
  '#/reflections',
  `#/record/${ids.application}`,
  '#/mail',
  '#/import',
];

let browser: Browser;
let server: Awaited<ReturnType<typeof startServer>>;
let ids: { application: string; company: string; message: string; html: string };

async function api(method: string, path: string, body: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as Record<string, unknown>;
  if (response.status >= 300) throw new Error(`${method} ${path}: ${JSON.stringify(json)}`);
  return json;
}

/** Every payload into every field, spread over several applications and messages. */
async function plant() {
  await api('PUT', '/api/profile', {
    kind: 'tenshoku',
    nameKanji: p(1, 100),
    nameKana: p(6, 100),
    email: p(7, 200),
    phone: p(2, 50),
    currentEmployer: p(3, 200),
    signature: PAYLOADS.join('\n').slice(0, 2000),
  });
  const first = { application: '', company: '' };
  for (let i = 0; i < PAYLOADS.length; i++) {
    const recorded = (await api('POST', '/api/interviews', {
      companyName: `${i} ${p(i, 190)}`,
      position: p(i + 1, 200),
      stage: 'interview_1',
      at: '2026-11-16T10:00',
      said: `${p(i + 2, 1900)} 1週間以内にご連絡します`,
      interviewers: p(i + 3, 500),
      notes: p(i + 4),
    })) as { application: { id: string }; company: { id: string } };
    const app = recorded.application.id;
    const company = recorded.company.id;
    if (i === 0) Object.assign(first, { application: app, company });
    await api('PUT', `/api/companies/${company}`, {
      name: `${i} ${p(i + 5, 190)}`,
      industry: p(i + 6, 100),
      domains: [p(i + 7, 200)],
    });
    await api('POST', `/api/companies/${company}/contacts`, {
      name: p(i + 8, 100),
      department: p(i + 9, 100),
      email: p(i + 10, 200),
      phone: p(i + 11, 50),
    });
    await api('PATCH', `/api/applications/${app}`, { position: p(i + 12, 200) });
    await api('POST', `/api/applications/${app}/notes`, { text: p(i + 13) });
    await api('PUT', `/api/reviews/applications/${app}/reflection`, {
      reflection: {
        questions: [p(i + 14, 500), p(i + 15, 500)],
        betterAnswers: p(i + 16),
        delivery: p(i + 17),
        research: p(i + 18),
        nextTime: p(i + 19),
      },
    });
    await api('POST', `/api/reviews/applications/${app}/statements`, {
      topic: 'motivation',
      text: p(i + 20),
    });
    await api('POST', `/api/applications/${app}/drafts`, {
      template: 'thanks_after_interview',
      subject: p(i + 21, 500),
      body: p(i + 22),
    });
  }
  await api('PUT', `/api/reviews/applications/${first.application}/offer-checklist`, {
    items: [],
  });
  await api('PUT', '/api/settings/smtp', {
    host: p(23, 255),
    port: 587,
    secure: false,
    user: p(24, 255),
    pass: p(25, 1000),
  });
  let message = '';
  for (let i = 0; i < PAYLOADS.length; i++) {
    const pasted = (await api('POST', '/api/messages/paste', {
      subject: p(i, 1000),
      from: `${p(i + 1, 300)} <saiyo${i}@example.jp>`.slice(0, 320),
      body: `${p(i + 2)}\n${i}`,
    })) as { message: { id: string } };
    message ||= pasted.message.id;
  }
  const html = PAYLOADS.join('\n<br>\n');
  const raw = [
    `From: "${p(2, 80)}" <saiyo@example.co.jp>`,
    `Subject: ${p(1, 200)}`,
    'To: me@example.jp',
    'Message-ID: <xss-html-1@example.co.jp>',
    'Date: Mon, 16 Nov 2026 10:00:00 +0900',
    'MIME-Version: 1.0',
    'Content-Type: text/html; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from(`<html><head><base href="${EVIL}/"></head><body>${html}</body></html>`)
      .toString('base64')
      .replace(/.{76}/g, '$&\r\n'),
  ].join('\r\n');
  const response = await fetch(`${server.url}/api/messages/eml`, {
    method: 'POST',
    headers: { 'content-type': 'message/rfc822', origin: server.url },
    body: raw,
  });
  expect(response.status).toBe(201);
  const htmlId = ((await response.json()) as { message: { id: string } }).message.id;
  return { ...first, message, html: htmlId };
}

interface Traces {
  requests: string[];
  console: string[];
  dialogs: string[];
}

async function openContext(
  lang: 'ja' | 'en',
): Promise<{ context: BrowserContext; traces: Traces }> {
  const context = await browser.newContext();
  const traces: Traces = { requests: [], console: [], dialogs: [] };
  await context.addInitScript(`localStorage.setItem('renraku.lang', '${lang}')`);
  // Every request from the page and its frames; only the app's own may go through.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    traces.requests.push(url);
    return url.startsWith(server.url) ? route.continue() : route.abort();
  });
  return { context, traces };
}

function watch(page: Page, traces: Traces) {
  page.on('console', (m) => traces.console.push(m.text()));
  page.on('dialog', async (d) => {
    traces.dialogs.push(d.message());
    await d.dismiss();
  });
}

beforeAll(async () => {
  browser = await launchBrowser();
  const port = String(await freePort());
  server = await startServer(
    { RENRAKU_DATA: tempDir(), RENRAKU_NOW: '2026-11-26T12:00:00+09:00' },
    ['--port', port],
  );
  ids = await plant();
}, 90_000);
afterAll(async () => {
  await server?.stop();
  await browser?.close();
});

describe('XSS payloads in every field and in HTML mail', () => {
  it('the probes do leave traces when they run (control: raw HTML, no app)', async () => {
    const page = await browser.newPage();
    const traces: Traces = { requests: [], console: [], dialogs: [] };
    watch(page, traces);
    try {
      await page.setContent(`<img src=x onerror="${RUN}"><svg onload="${RUN}"></svg>`);
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (globalThis as { __xss?: number }).__xss)).toBe(2);
      expect(traces.console.filter((l) => l.includes('XSS-RAN'))).toHaveLength(2);
    } finally {
      await page.close();
    }
  });

  it.each(['ja', 'en'] as const)(
    'run nowhere and send nothing off the app, on every page (%s)',
    async (lang) => {
      const { context, traces } = await openContext(lang);
      const page = await context.newPage();
      watch(page, traces);
      const visited: string[] = [];
      try {
        for (const hash of PAGES(ids)) {
          await page.goto(`${server.url}/${hash}`);
          await page.waitForLoadState('networkidle');
          await page.locator('main').waitFor();
          // Wait for planted text (shown escaped) so the page is checked with the payloads in it.
          const until = Date.now() + 5000;
          while (Date.now() < until && !(await page.content()).includes('__xss'))
            await page.waitForTimeout(100);
          if ((await page.content()).includes('__xss')) visited.push(hash);
          const counter = await page.evaluate(
            () => (globalThis as unknown as { __xss?: number }).__xss,
          );
          expect(counter, `${hash}: a payload ran`).toBeUndefined();
          expect(page.url(), `${hash}: navigated away`).toContain(server.url);
        }
        expect(traces.console.filter((l) => l.includes('XSS-RAN'))).toEqual([]);
        expect(traces.dialogs).toEqual([]);
        const foreign = traces.requests.filter((u) => !u.startsWith(server.url));
        expect(foreign).toEqual([]);
        // The recorder saw the app's own requests (scripts, API calls), so it was listening.
        expect(traces.requests.length).toBeGreaterThan(PAGES(ids).length);
        // Most pages display planted text; if they did not, nothing was tested there.
        expect(visited.length, visited.join(' ')).toBeGreaterThanOrEqual(PAGES(ids).length - 3);
      } finally {
        await context.close();
      }
    },
    120_000,
  );

  it('the HTML mail really holds the payloads, inside a frame with scripts off', async () => {
    const { context, traces } = await openContext('ja');
    const page = await context.newPage();
    watch(page, traces);
    try {
      await page.goto(`${server.url}/#/inbox/${ids.html}`);
      const frame = page.locator('iframe.mail-frame');
      await frame.waitFor();
      const sandbox = await frame.getAttribute('sandbox');
      expect(sandbox).not.toBeNull();
      expect(sandbox).not.toContain('allow-scripts');
      await page
        .frameLocator('iframe.mail-frame')
        .getByText('css', { exact: true })
        .first()
        .waitFor();
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => (globalThis as { __xss?: number }).__xss)).toBeUndefined();
      expect(traces.requests.filter((u) => !u.startsWith(server.url))).toEqual([]);
      expect(traces.dialogs).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);
});
