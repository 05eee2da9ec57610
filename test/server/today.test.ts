import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRuntime, type Runtime } from '../../src/app/runtime.js';
import { createApp } from '../../src/server/app.js';
import { apiClient } from '../support/api.js';

const HOST = '127.0.0.1:4870';
let runtime: Runtime;
let app: ReturnType<typeof createApp>;
let call: ReturnType<typeof apiClient>;
let applicationId: string;

beforeAll(async () => {
  // Fri 2026-11-20, the day of the interview.
  runtime = await openRuntime({ dataDir: ':memory:' }, () => new Date('2026-11-20T18:00:00+09:00'));
  app = createApp({ context: () => runtime.context, allowedHosts: [HOST] });
  call = apiClient(app, HOST);
  const created = await call('POST', '/api/interviews', {
    companyName: '株式会社サンプル',
    stage: 'final',
    at: '2026-11-20T14:00',
    said: '1週間以内にメールでご連絡します',
  });
  applicationId = (created.body as { application: { id: string } }).application.id;
});
afterAll(() => runtime.close());

type Action = {
  action: string;
  applicationId: string;
  template: string | null;
  window: { until: string | null };
};
const todayOn = async (date: string) =>
  (await call('GET', `/api/today?date=${date}`)).body as {
    list: { now: Action[]; upcoming: Action[]; waiting: { action: Action; daysLeft: number }[] };
  };

describe('today, across the wait', () => {
  it('on the interview day: thank-you now, waiting until Fri 11/27 with the days left', async () => {
    const day0 = await todayOn('2026-11-20');
    expect(day0.list.now.map((a) => a.action)).toContain('send_thanks');
    expect(day0.list.waiting).toHaveLength(1);
    expect(day0.list.waiting[0]).toMatchObject({
      daysLeft: 7,
      action: { window: { until: '2026-11-27' } },
    });
  });

  it('on Mon 11/30 (the 8th day 11/28 is a Saturday): check missed mail and inquire, with the draft', async () => {
    const monday = await todayOn('2026-11-30');
    const inquire = monday.list.now.find((a) => a.action === 'inquire');
    expect(inquire?.template).toBe('inquiry_result');
    expect(monday.list.now.map((a) => a.action)).toContain('check_missed');
    expect(monday.list.waiting).toHaveLength(0);
  });

  it('holds an early inquiry back until the user overrides, and records the override', async () => {
    runtime.setClock(new Date('2026-11-25T11:00:00+09:00'));
    const early = await call('POST', `/api/applications/${applicationId}/actions`, {
      action: 'inquire',
      template: 'inquiry_result',
    });
    expect(early.status).toBe(409);
    const warnings = (early.body as { check: { warnings: { code: string }[] } }).check.warnings;
    expect(warnings.map((w) => w.code)).toContain('too_early');
    const forced = await call('POST', `/api/applications/${applicationId}/actions`, {
      action: 'inquire',
      template: 'inquiry_result',
      override: true,
    });
    expect(forced.status).toBe(201);
    expect(forced.body).toMatchObject({
      event: { type: 'email_sent', data: { overriddenWarnings: ['too_early'] } },
    });
    runtime.setClock(null);
  });

  it('serves a calendar feed behind a secret token that a real iCalendar parser reads', async () => {
    const { path } = (await call('GET', '/api/calendar/feed')).body as { path: string };
    expect(path).toMatch(/^\/api\/calendar\/[A-Za-z0-9_-]{32}\.ics$/);
    const feed = await call<string>('GET', path);
    expect(feed.status).toBe(200);
    const calendar = new ICAL.Component(ICAL.parse(feed.body));
    const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events.length).toBeGreaterThan(0);
    expect(events.some((e) => e.summary.includes('株式会社サンプル'))).toBe(true);
    expect((await call('GET', '/api/calendar/wrongtokenwrongtokenwrongtoken12.ics')).status).toBe(
      404,
    );
    const reset = (await call('POST', '/api/calendar/feed/reset')).body as { path: string };
    expect(reset.path).not.toBe(path);
    expect((await call('GET', path)).status).toBe(404);
  });
});
