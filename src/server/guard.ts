import type { MiddlewareHandler } from 'hono';

/**
 * Refuses requests that do not come to the app's own address from the app's own pages:
 * a foreign Host header is a DNS-rebinding attempt, a foreign Origin a cross-site request,
 * and a state change with neither Origin nor a same-origin fetch marker is a cross-site form.
 */
export function hostOriginGuard(allowedHosts: readonly string[]): MiddlewareHandler {
  const hosts = new Set(allowedHosts.map((h) => h.toLowerCase()));
  return async (c, next) => {
    const host = (c.req.header('host') ?? '').toLowerCase();
    if (!hosts.has(host)) return refuse(c, 'host');
    const origin = c.req.header('origin');
    if (origin !== undefined && !isOwnOrigin(origin, hosts)) return refuse(c, 'origin');
    const unsafe = !['GET', 'HEAD', 'OPTIONS'].includes(c.req.method);
    if (unsafe && origin === undefined) {
      const site = c.req.header('sec-fetch-site');
      // Browsers send Origin on every cross-site state change; tools without a browser (the
      // CLI, curl) send neither Origin nor Sec-Fetch-Site and are let through.
      if (site !== undefined && site !== 'same-origin' && site !== 'none')
        return refuse(c, 'origin');
    }
    await next();
    return undefined;
  };
}

function isOwnOrigin(origin: string, hosts: Set<string>): boolean {
  try {
    const url = new URL(origin);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') && hosts.has(url.host.toLowerCase())
    );
  } catch {
    return false;
  }
}

function refuse(c: Parameters<MiddlewareHandler>[0], what: 'host' | 'origin') {
  const body =
    what === 'host'
      ? {
          error: 'このアドレスからのアクセスは受け付けていません',
          errorEn: 'Host not allowed',
          code: 'FORBIDDEN_HOST',
        }
      : {
          error: '他のサイトからの操作は受け付けていません',
          errorEn: 'Cross-site request refused',
          code: 'FORBIDDEN_ORIGIN',
        };
  return c.json(body, 403);
}

/** The Host values a server bound to host:port answers to. */
export function ownHosts(host: string, port: number, extra: readonly string[] = []): string[] {
  const names = new Set([host, '127.0.0.1', 'localhost', '[::1]']);
  if (host === '0.0.0.0' || host === '::') names.delete(host);
  return [...[...names].map((h) => `${h}:${port}`), ...extra];
}
