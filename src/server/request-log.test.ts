import { Hono } from 'hono';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { loggablePath, requestLog } from './request-log.js';

const TOKEN = 'q3Zr8fV0bN1xYl2mK5pT7wC9dE4hJ6sA0uG3iO8nRkM';

describe('loggablePath', () => {
  it.each([
    ['/api/today', '/api/today'],
    ['/api/today?date=2026-12-03', '/api/today'],
    [`/api/calendar/${TOKEN}.ics`, '/api/calendar/[secret].ics'],
    [`/api/calendar/${TOKEN}.ics?token=${TOKEN}`, '/api/calendar/[secret].ics'],
    [`/api/auth/invitations/${TOKEN}`, '/api/auth/invitations/[secret]'],
    // Record ids help find a request and grant nothing: kept.
    [
      '/api/applications/01938c4e-7a2b-7c3d-8e4f-5a6b7c8d9e0f/drafts/inquiry_result',
      '/api/applications/01938c4e-7a2b-7c3d-8e4f-5a6b7c8d9e0f/drafts/inquiry_result',
    ],
  ])('%s → %s', (path, logged) => {
    expect(loggablePath(path)).toBe(logged);
  });
});

describe('requestLog', () => {
  it('writes one line per request without secrets, and answers with the request id', async () => {
    const lines: Record<string, unknown>[] = [];
    const log = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
    const app = new Hono();
    app.use('*', requestLog(log));
    app.get('/api/calendar/:file', (c) => c.text('BEGIN:VCALENDAR'));
    const response = await app.request(`/api/calendar/${TOKEN}.ics?x=${TOKEN}`, {
      headers: { cookie: `renraku_session=${TOKEN}`, 'x-csrf-token': TOKEN },
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      msg: 'request',
      method: 'GET',
      path: '/api/calendar/[secret].ics',
      status: 200,
      req: response.headers.get('x-request-id'),
    });
    expect(typeof lines[0]?.ms).toBe('number');
    expect(JSON.stringify(lines)).not.toContain(TOKEN);
  });

  it('takes the proxy request id only when trusted and well formed', async () => {
    const ids: unknown[] = [];
    const log = pino(
      { level: 'info' },
      { write: (line: string) => ids.push(JSON.parse(line).req) },
    );
    const trusted = new Hono().use('*', requestLog(log, true)).get('/', (c) => c.text('ok'));
    await trusted.request('/', { headers: { 'x-request-id': 'abc-123' } });
    await trusted.request('/', { headers: { 'x-request-id': 'bad id {"level":"fatal"}' } });
    const untrusted = new Hono().use('*', requestLog(log)).get('/', (c) => c.text('ok'));
    await untrusted.request('/', { headers: { 'x-request-id': 'abc-123' } });
    expect(ids[0]).toBe('abc-123');
    // A rejected or untrusted id is replaced by a fresh UUID (a random one may well
    // contain the letters "bad", so the test checks the shape, not a substring).
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    expect(ids[1]).toMatch(uuid);
    expect(ids[2]).toMatch(uuid);
  });
});
