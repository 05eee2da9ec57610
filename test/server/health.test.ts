import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import type { ServiceContext } from '../../src/services/context.js';
import { openStorage } from '../../src/storage/open.js';
import { createTestDatabase } from '../support/postgres.js';

const HOST = '127.0.0.1:4870';

describe('health check', () => {
  it('answers 200 with the database up and 503 once it is gone, on /api/health and /healthz', async () => {
    const db = await createTestDatabase();
    const storage = await openStorage({ databaseUrl: db.url });
    const context = { storage, userId: 'local' } as unknown as ServiceContext;
    const app = createApp({ context: () => context, allowedHosts: [HOST] });
    const get = (path: string) => app.request(`http://${HOST}${path}`, { headers: { host: HOST } });
    try {
      for (const path of ['/api/health', '/healthz']) {
        const up = await get(path);
        expect(up.status).toBe(200);
        expect(await up.json()).toMatchObject({ ok: true, db: 'up', version: expect.any(String) });
      }
    } finally {
      await storage.close();
      await db.drop();
    }
    // The pool is closed and the database dropped: every query now fails.
    for (const path of ['/api/health', '/healthz']) {
      const down = await get(path);
      expect(down.status).toBe(503);
      expect(await down.json()).toMatchObject({ ok: false, db: 'down' });
    }
  });
});
