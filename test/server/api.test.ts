import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Runtime, openRuntime } from '../../src/app/runtime.js';
import { createApp } from '../../src/server/app.js';
import { apiClient } from '../support/api.js';

const HOST = '127.0.0.1:4870';
let runtime: Runtime;
let app: ReturnType<typeof createApp>;
let call: ReturnType<typeof apiClient>;

beforeAll(async () => {
  runtime = await openRuntime({ dataDir: ':memory:' }, () => new Date('2026-11-22T09:00:00+09:00'));
  app = createApp({ context: () => runtime.context, allowedHosts: [HOST] });
  call = apiClient(app, HOST);
});
afterAll(() => runtime.close());

describe('JSON API', () => {
  it('records an interview for a new company and shows it on the application page', async () => {
    const created = await call('POST', '/api/interviews', {
      companyName: '株式会社サンプル',
      stage: 'final',
      at: '2026-11-20T14:00',
      said: '1週間以内にご連絡します',
      interviewers: '人事部長',
    });
    expect(created.status).toBe(201);
    const { application } = created.body as { application: { id: string } };
    const view = await call('GET', `/api/applications/${application.id}`);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({
      company: { name: '株式会社サンプル' },
      status: { stage: 'final', outcome: null },
      promise: {
        text: '1週間以内にご連絡します',
        t0: '2026-11-20',
        parsed: { deadline: '2026-11-27' },
      },
    });
    const events = view.body.events as { type: string }[];
    expect(events.map((e) => e.type)).toEqual(['interview', 'promise']);
  });

  it('reuses the company and its application for the next stage', async () => {
    await call('POST', '/api/interviews', {
      companyName: '再利用株式会社',
      stage: 'interview_1',
      at: '2026-11-10T10:00',
    });
    await call('POST', '/api/interviews', {
      companyName: '再利用株式会社',
      stage: 'interview_2',
      at: '2026-11-18T10:00',
    });
    const list = await call('GET', '/api/applications');
    const mine = (
      list.body.applications as { company: { name: string }; status: { stage: string } }[]
    ).filter((a) => a.company.name === '再利用株式会社');
    expect(mine).toHaveLength(1);
    expect(mine[0]?.status.stage).toBe('interview_2');
  });

  it('says which field is wrong, in Japanese and English, and stores nothing', async () => {
    const before = (await call('GET', '/api/applications')).body.applications as unknown[];
    const bad = await call('POST', '/api/interviews', {
      companyName: '不正株式会社',
      stage: 'lunch',
      at: 'x',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/入力内容を確認してください: .*stage/);
    expect(bad.body.errorEn).toMatch(/Invalid input/);
    const notJson = await call('POST', '/api/interviews', '{"companyName":');
    expect(notJson.status).toBe(400);
    const after = (await call('GET', '/api/applications')).body.applications as unknown[];
    expect(after).toHaveLength(before.length);
  });

  it('answers 404 in both languages for an unknown application', async () => {
    const missing = await call('GET', '/api/applications/nope');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({
      error: '応募が見つかりません',
      errorEn: 'application not found',
    });
  });

  it('previews a promise on a company calendar without storing anything', async () => {
    const company = await call('POST', '/api/companies', {
      name: '水曜定休不動産',
      calendar: { closedWeekdays: [3], closedDates: [], obon: false, yearEnd: true },
    });
    const { id } = (company.body as { company: { id: string } }).company;
    // From Fri 2026-11-20, a week is Fri 11/27; with Wednesdays closed the deadline stays 11/27.
    const preview = await call('POST', '/api/promises/preview', {
      text: '1週間以内に',
      from: '2026-11-20',
      companyId: id,
    });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      t0: '2026-11-20',
      reading: { kind: 'weeks', deadline: '2026-11-27' },
    });
  });

  it('refuses an oversized body', async () => {
    const huge = await call('POST', '/api/interviews', {
      companyName: 'x',
      stage: 'final',
      at: '2026-11-20',
      notes: 'あ'.repeat(600_000),
    });
    expect(huge.status).toBe(413);
  });
});
