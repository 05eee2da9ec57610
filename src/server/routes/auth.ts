import { Hono } from 'hono';
import { z } from 'zod';
import { accountView, login, changePassword, signup } from '../../services/accounts.js';
import { ServiceError } from '../../services/errors.js';
import {
  endAllSessions,
  endSession,
  resolveSession,
  sessionIdOf,
} from '../../services/sessions.js';
import { deleteSession } from '../../storage/repos/sessions.js';
import { clientOf } from '../auth/client.js';
import { clearSessionCookie, sessionToken, setSessionCookie } from '../auth/cookie.js';
import type { AccountsOptions } from '../auth/options.js';
import type { AppEnv } from '../env.js';
import { validate } from '../validate.js';

const loginSchema = z.object({
  email: z.string().max(254),
  password: z.string().max(1024),
});
const signupSchema = z.object({
  email: z.string().max(254),
  password: z.string().max(1024),
  name: z.string().max(100).optional(),
  invitation: z.string().max(100).optional(),
});
const passwordSchema = z.object({
  current: z.string().max(1024),
  next: z.string().max(1024),
});

/**
 * Sign-in, sign-up and sessions (server mode). Login, sign-up and GET /session are public;
 * the others pass the session guard, so they have c.var.auth and a checked CSRF token.
 */
export function authRoutes(options: AccountsOptions) {
  return new Hono<AppEnv>()
    .get('/session', async (c) => {
      try {
        const { session, account } = await resolveSession(c.var.ctx, sessionToken(c));
        return c.json({
          mode: 'accounts',
          signup: options.signup,
          user: accountView(account),
          csrfToken: session.csrf_token,
        });
      } catch (error) {
        if (!(error instanceof ServiceError)) throw error;
        // The UI learns from this answer that it must show the login page, and how sign-up works.
        return c.json(
          {
            error: error.ja,
            errorEn: error.en,
            code: error.code,
            mode: 'accounts',
            signup: options.signup,
          },
          401,
        );
      }
    })
    .post('/login', validate('json', loginSchema), async (c) => {
      // Never promote a cookie the browser already had (session fixation): end it, start anew.
      const previous = sessionToken(c);
      if (previous) await deleteSession(c.var.ctx.storage.db, sessionIdOf(previous));
      const { token, session, account } = await login(
        c.var.ctx,
        c.req.valid('json'),
        clientOf(c, options.trustProxy),
      );
      setSessionCookie(c, token, options);
      return c.json({ user: accountView(account), csrfToken: session.csrf_token });
    })
    .post('/signup', validate('json', signupSchema), async (c) => {
      const previous = sessionToken(c);
      if (previous) await deleteSession(c.var.ctx.storage.db, sessionIdOf(previous));
      const { token, session, account } = await signup(
        c.var.ctx,
        options.signup,
        c.req.valid('json'),
        clientOf(c, options.trustProxy),
      );
      setSessionCookie(c, token, options);
      return c.json({ user: accountView(account), csrfToken: session.csrf_token }, 201);
    })
    .post('/logout', async (c) => {
      await endSession(c.var.ctx, c.var.auth.session.id);
      clearSessionCookie(c, options);
      return c.json({ ok: true });
    })
    .post('/logout-all', async (c) => {
      const ended = await endAllSessions(c.var.ctx, c.var.auth.account.id);
      clearSessionCookie(c, options);
      return c.json({ ok: true, endedSessions: ended });
    })
    .post('/password', validate('json', passwordSchema), async (c) => {
      const { session, account } = c.var.auth;
      const result = await changePassword(c.var.ctx, account.id, session.id, c.req.valid('json'));
      return c.json({ ok: true, ...result });
    });
}

/** Embedded app: one local user, no login. The UI asks this to know it shows no login page. */
export const localAuthRoutes = new Hono<AppEnv>().get('/session', (c) => c.json({ mode: 'local' }));
