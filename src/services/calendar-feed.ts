import { randomBytes, timingSafeEqual } from 'node:crypto';
import { toICalendar } from '../adapters/ical/index.js';
import { tokyoDateOf } from '../core/domain/dates.js';
import { getSetting, setSetting } from '../storage/repos/settings.js';
import type { ServiceContext } from './context.js';
import { today } from './today.js';

const TOKEN_KEY = 'calendar_feed_token';

/** The secret part of the feed URL; made on first use, replaced when the user resets it. */
export async function feedToken(ctx: ServiceContext, reset = false): Promise<string> {
  const existing = reset ? null : await getSetting<string>(ctx.storage.db, ctx.userId, TOKEN_KEY);
  if (existing) return existing;
  const token = randomBytes(24).toString('base64url');
  await setSetting(ctx.storage.db, ctx.userId, TOKEN_KEY, token);
  return token;
}

/** The feed, or null when the token is not this user's (compared in constant time). */
export async function calendarFeed(ctx: ServiceContext, token: string): Promise<string | null> {
  const expected = await getSetting<string>(ctx.storage.db, ctx.userId, TOKEN_KEY);
  if (!expected) return null;
  const a = Buffer.from(expected);
  const b = Buffer.from(token);
  if (a.length !== b.length || !timingSafeEqual(a, b)) return null;
  const now = ctx.now();
  const result = await today(ctx, tokyoDateOf(now));
  return toICalendar(result.actions.flat(), { name: '連絡 Renraku', now: now.toISOString() });
}
