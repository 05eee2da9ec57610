import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { hostOriginGuard, ownHosts } from './guard.js';

const app = new Hono();
app.use('*', hostOriginGuard(ownHosts('127.0.0.1', 4870)));
app.get('/api/x', (c) => c.json({ ok: true }));
app.post('/api/x', (c) => c.json({ ok: true }));

const call = (method: string, headers: Record<string, string>) =>
  app.request('http://127.0.0.1:4870/api/x', { method, headers });

describe('hostOriginGuard', () => {
  it.each([
    ['own host', 'GET', { host: '127.0.0.1:4870' }, 200],
    ['localhost alias', 'GET', { host: 'localhost:4870' }, 200],
    ['same-origin fetch', 'POST', { host: '127.0.0.1:4870', origin: 'http://127.0.0.1:4870' }, 200],
    ['CLI/curl without Origin', 'POST', { host: '127.0.0.1:4870' }, 200],
    ['DNS rebinding: foreign Host', 'GET', { host: 'evil.example:4870' }, 403],
    ['right name, wrong port', 'GET', { host: '127.0.0.1:80' }, 403],
    ['missing Host', 'GET', {}, 403],
    [
      'cross-site Origin on GET',
      'GET',
      { host: '127.0.0.1:4870', origin: 'https://evil.example' },
      403,
    ],
    [
      'cross-site Origin on POST',
      'POST',
      { host: '127.0.0.1:4870', origin: 'https://evil.example' },
      403,
    ],
    ['opaque Origin (sandboxed frame)', 'POST', { host: '127.0.0.1:4870', origin: 'null' }, 403],
    [
      'cross-site form post without Origin',
      'POST',
      { host: '127.0.0.1:4870', 'sec-fetch-site': 'cross-site' },
      403,
    ],
    [
      'same-site but other port',
      'POST',
      { host: '127.0.0.1:4870', origin: 'http://127.0.0.1:5173' },
      403,
    ],
  ] as const)('%s → %i', async (_name, method, headers, status) => {
    const response = await call(method, headers);
    expect(response.status).toBe(status);
    if (status === 403)
      expect(((await response.json()) as { error: string }).error).toMatch(/受け付けていません/);
  });

  it('answers to the extra hosts of a reverse proxy', async () => {
    const proxied = new Hono();
    proxied.use('*', hostOriginGuard(ownHosts('127.0.0.1', 4870, ['renraku.example.ac.jp'])));
    proxied.get('/', (c) => c.text('ok'));
    const response = await proxied.request('/', { headers: { host: 'renraku.example.ac.jp' } });
    expect(response.status).toBe(200);
  });
});
