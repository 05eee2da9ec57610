import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../app/log.js';

/** A request id from the proxy is kept only when it looks like one (no log injection). */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The path as it may be logged: no query string at all, and any segment that looks like a
 * secret (the calendar-feed token, an invitation or reset token: long random strings that are
 * not record ids) replaced. Record ids (UUIDs) stay: they help find a request and grant nothing.
 * @example loggablePath('/api/calendar/Zr4…43 chars….ics?x=1') // '/api/calendar/[secret].ics'
 */
export function loggablePath(path: string): string {
  const bare = path.split('?')[0] ?? '';
  return bare
    .split('/')
    .map((segment) => {
      const [name, ...ext] = segment.split('.');
      if (!name || UUID.test(name) || name.length < 20 || !/^[A-Za-z0-9_-]+$/.test(name))
        return segment;
      return ['[secret]', ...ext].join('.');
    })
    .join('/');
}

/**
 * One log line per request: method, path (see loggablePath), status, duration in ms and a
 * request id, which is also sent back in X-Request-Id so a user's report can be matched to
 * the line. Bodies, cookies, CSRF tokens and passwords are never read here.
 */
export function requestLog(log: Logger, trustProxy = false): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    const incoming = trustProxy ? c.req.header('x-request-id') : undefined;
    const id = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    c.header('X-Request-Id', id);
    let failed = false;
    try {
      await next();
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      const status = failed ? 500 : c.res.status;
      const line = {
        req: id,
        method: c.req.method,
        path: loggablePath(c.req.path),
        status,
        ms: Math.round((performance.now() - started) * 10) / 10,
      };
      if (status >= 500) log.error(line, 'request');
      else log.info(line, 'request');
    }
  };
}
