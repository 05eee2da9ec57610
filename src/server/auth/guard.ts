import type { MiddlewareHandler } from 'hono';
import { resolveSession, csrfMatches } from '../../services/sessions.js';
import { findUserBySetting } from '../../storage/repos/settings.js';
import { withUserScope } from '../../storage/scope.js';
import type { AppEnv } from '../env.js';
import { sessionToken } from './cookie.js';

/** Reachable without a session: sign-in itself, the health check and the test clock. */
const PUBLIC = new Set([
  'GET /api/health',
  'POST /api/auth/login',
  'POST /api/auth/signup',
  'GET /api/auth/session',
  'PUT /api/test/clock',
]);
/** A calendar app cannot sign in: the secret token in the feed URL names the user. */
const FEED = /^\/api\/calendar\/([A-Za-z0-9_-]+)\.ics$/;
const FEED_TOKEN_KEY = 'calendar_feed_token';
/** Account management works across users' rows, so it runs on the owner connection. */
const ACCOUNT_AREAS = ['/api/auth/', '/api/admin/'];

/**
 * Server mode, for every /api request: a valid session (401 otherwise), the session's CSRF
 * token in X-CSRF-Token on every state change (403 CSRF otherwise), then the route runs inside
 * withUserScope, so the database itself shows it only the signed-in user's rows.
 */
export function sessionGuard(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const base = c.var.ctx;
    const method = c.req.method === 'HEAD' ? 'GET' : c.req.method;
    const path = c.req.path;
    if (PUBLIC.has(`${method} ${path}`)) return next();

    const feed = method === 'GET' ? FEED.exec(path) : null;
    if (feed?.[1]) {
      // The owner connection finds whose token it is; the feed is then read in that user's scope.
      const userId = await findUserBySetting(base.storage.db, FEED_TOKEN_KEY, feed[1]);
      if (!userId)
        return c.json({ error: '見つかりません', errorEn: 'Not found', code: 'NOT_FOUND' }, 404);
      return scoped(c, next, userId);
    }

    const active = await resolveSession(base, sessionToken(c));
    if (method !== 'GET' && !csrfMatches(active.session, c.req.header('x-csrf-token'))) {
      return c.json(
        {
          error: '画面を読み込み直してから、もう一度お試しください（CSRF トークンが一致しません）',
          errorEn: 'Please reload the page and try again (CSRF token missing or wrong)',
          code: 'CSRF',
        },
        403,
      );
    }
    c.set('auth', active);
    if (ACCOUNT_AREAS.some((area) => path.startsWith(area))) return next();
    return scoped(c, next, active.account.id);
  };
}

function scoped(
  c: Parameters<MiddlewareHandler<AppEnv>>[0],
  next: () => Promise<void>,
  userId: string,
) {
  const base = c.var.ctx;
  return withUserScope(base.storage, userId, async (storage) => {
    c.set('ctx', { ...base, userId, storage });
    await next();
    // Hono turns a route's error into a response before control returns here; throwing it
    // again rolls the request's transaction back (the same error answer is sent).
    if (c.error && storage.db.isTransaction) throw c.error;
  });
}
