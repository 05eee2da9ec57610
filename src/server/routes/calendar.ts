import { Hono } from 'hono';
import { calendarFeed, feedToken } from '../../services/calendar-feed.js';
import type { AppEnv } from '../env.js';

/**
 * A subscribable iCalendar feed of actions and deadlines. The URL carries a secret token: a
 * calendar app cannot send the app's Origin, so the token is what authorises the read.
 */
export const calendarRoutes = new Hono<AppEnv>()
  .get('/feed', async (c) => {
    const token = await feedToken(c.var.ctx);
    return c.json({ path: `/api/calendar/${token}.ics` });
  })
  .post('/feed/reset', async (c) => {
    const token = await feedToken(c.var.ctx, true);
    return c.json({ path: `/api/calendar/${token}.ics` });
  })
  .get('/:file{[A-Za-z0-9_-]+\\.ics}', async (c) => {
    const token = c.req.param('file').replace(/\.ics$/, '');
    const text = await calendarFeed(c.var.ctx, token);
    if (text === null)
      return c.json({ error: '見つかりません', errorEn: 'Not found', code: 'NOT_FOUND' }, 404);
    return c.body(text, 200, {
      'content-type': 'text/calendar; charset=utf-8',
      'cache-control': 'no-store',
    });
  });
