import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import type { Logger } from '../app/log.js';
import type { ServiceContext } from '../services/context.js';
import type { MailPorts } from '../services/messages.js';
import { HTTP_STATUS, RateLimitedError, ServiceError } from '../services/errors.js';
import type { AppEnv } from './env.js';
import { sessionGuard } from './auth/guard.js';
import type { AccountsOptions } from './auth/options.js';
import { hostOriginGuard } from './guard.js';
import { requestLog } from './request-log.js';
import { adminRoutes } from './routes/admin.js';
import { applicationRoutes, interviewRoutes } from './routes/applications.js';
import { authRoutes, localAuthRoutes } from './routes/auth.js';
import { calendarRoutes } from './routes/calendar.js';
import { companyRoutes } from './routes/companies.js';
import { healthRoutes } from './routes/health.js';
import { applicationDraftRoutes, draftRoutes, settingsRoutes } from './routes/drafts.js';
import { imapRoutes } from './routes/imap.js';
import { importRoutes } from './routes/imports.js';
import { messageRoutes } from './routes/messages.js';
import { profileRoutes } from './routes/profile.js';
import { promiseRoutes } from './routes/promises.js';
import { reminderRoutes } from './routes/reminders.js';
import { reviewRoutes } from './routes/reviews.js';
import { actionRoutes, todayRoutes } from './routes/today.js';

export interface AppDeps {
  /** The service context for a request (server mode resolves the signed-in user here). */
  context: () => ServiceContext;
  /** Mail decoding and classification; the message routes exist only when it is given. */
  mail?: MailPorts | undefined;
  allowedHosts: readonly string[];
  /** The built UI (dist/web); omitted in API-only tests. */
  webRoot?: string | undefined;
  /** Where uploaded .mbox files wait for their import (in the data directory); no upload route without it. */
  uploadDir?: string | undefined;
  /** Present only when RENRAKU_TEST_CLOCK=1: lets an end-to-end test move the app's clock. */
  setClock?: ((at: Date | null) => void) | undefined;
  /** Structured logs (one line per request, errors); tests leave it out and stay quiet. */
  log?: Logger | undefined;
  /** Behind a reverse proxy: take its X-Request-Id for the request log. */
  trustProxy?: boolean | undefined;
  /** The server sends the daily reminder mail (server mode with RENRAKU_SMTP_URL). */
  remindersAvailable?: boolean | undefined;
  /**
   * Server mode: accounts, sessions and CSRF tokens; each request then runs as the signed-in
   * user inside withUserScope. Without it the app is the embedded single-user app ('local').
   */
  accounts?: AccountsOptions | undefined;
}

/**
 * The HTTP app: JSON API under /api, the built UI for everything else.
 * @example const app = createApp({ context: () => ctx, allowedHosts: ['127.0.0.1:4870'] });
 */
export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  // First, so requests the guard turns away are logged too.
  if (deps.log) app.use('*', requestLog(deps.log, deps.trustProxy));
  app.use('*', hostOriginGuard(deps.allowedHosts));
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        // Remote images only ever appear inside a mail frame, and only once the user allows them
        // for that message (the frame's own policy blocks them otherwise).
        imgSrc: ["'self'", 'data:', 'https:', 'http:'],
        connectSrc: ["'self'"],
        frameSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: 'no-referrer',
    }),
  );
  // JSON bodies are small; a dropped .eml may carry attachments.
  const jsonLimit = bodyLimit({ maxSize: 1024 * 1024, onError: (c) => c.json(tooLarge, 413) });
  const mailLimit = bodyLimit({ maxSize: 30 * 1024 * 1024, onError: (c) => c.json(tooLarge, 413) });
  app.use('/api/*', (c, next) =>
    c.req.path === '/api/messages/eml'
      ? mailLimit(c, next)
      : // The .mbox upload streams to disk and enforces its own limit (routes/imports.ts).
        c.req.path === '/api/imports/mbox'
        ? next()
        : jsonLimit(c, next),
  );
  app.use('/api/*', async (c, next) => {
    c.set('ctx', deps.context());
    await next();
  });
  if (deps.accounts) {
    app.use('/api/*', sessionGuard());
    app.route('/api/auth', authRoutes(deps.accounts));
    app.route('/api/admin', adminRoutes);
  } else {
    app.route('/api/auth', localAuthRoutes);
  }

  const health = healthRoutes(() => deps.context().storage);
  app.route('/api/health', health);
  app.route('/healthz', health);
  app.route('/api/profile', profileRoutes);
  app.route('/api/companies', companyRoutes);
  app.route('/api/applications', applicationRoutes);
  app.route('/api/applications', actionRoutes);
  app.route('/api/today', todayRoutes);
  app.route('/api/calendar', calendarRoutes);
  app.route('/api/reviews', reviewRoutes);
  app.route('/api/applications', applicationDraftRoutes);
  app.route('/api/drafts', draftRoutes);
  app.route('/api/settings/reminders', reminderRoutes(deps.remindersAvailable ?? false));
  app.route('/api/settings', settingsRoutes);
  app.route('/api/interviews', interviewRoutes);
  app.route('/api/promises', promiseRoutes);
  const mail = deps.mail;
  if (mail) {
    app.use('/api/messages/*', async (c, next) => {
      c.set('mail', mail);
      await next();
    });
    app.route('/api/messages', messageRoutes);
    app.route('/api/imap', imapRoutes(mail, deps.context));
    if (deps.uploadDir) app.route('/api/imports', importRoutes(mail, deps.uploadDir, deps.context));
  }
  const setClock = deps.setClock;
  if (setClock) {
    app.put('/api/test/clock', async (c) => {
      const body = (await c.req.json().catch(() => ({}))) as { now?: string | null };
      const at = body.now ? new Date(body.now) : null;
      if (at && Number.isNaN(at.getTime()))
        return c.json({ error: '日時が読めません', errorEn: 'bad date' }, 400);
      setClock(at);
      return c.json({ now: c.var.ctx.now().toISOString() });
    });
  }
  app.all('/api/*', (c) =>
    c.json({ error: '見つかりません', errorEn: 'Not found', code: 'NOT_FOUND' }, 404),
  );

  app.onError((error, c) => {
    if (error instanceof HTTPException && error.status < 500) {
      // Hono's own 4xx (e.g. a body that is not JSON): say so in both languages.
      return c.json(
        {
          error: 'リクエストの形式が正しくありません',
          errorEn: error.message || 'Bad request',
          code: 'INVALID',
        },
        error.status,
      );
    }
    if (error instanceof RateLimitedError) c.header('Retry-After', String(error.retryAfterSeconds));
    if (error instanceof ServiceError) {
      return c.json(
        { error: error.ja, errorEn: error.en, code: error.code },
        HTTP_STATUS[error.code],
      );
    }
    if (deps.log) deps.log.error({ err: error }, 'unhandled error');
    else console.error(error);
    return c.json(
      { error: '内部エラーが発生しました', errorEn: 'Internal error', code: 'INTERNAL' },
      500,
    );
  });

  if (deps.webRoot && existsSync(deps.webRoot)) {
    const root = deps.webRoot;
    app.use('/assets/*', serveStatic({ root }));
    app.get('/favicon.svg', serveStatic({ root }));
    // The UI routes on the client (#/…); every other path gets the app shell.
    app.get('*', async (c) => c.html(await readFile(join(root, 'index.html'), 'utf8')));
  }
  return app;
}

const tooLarge = {
  error: '送信データが大きすぎます',
  errorEn: 'Request body too large',
  code: 'TOO_LARGE',
};
