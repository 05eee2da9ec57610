import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import type { ClientMeta } from '../../services/accounts.js';

/**
 * The client's address: the socket's, or — only when told the server sits behind a proxy we
 * run — the last X-Forwarded-For entry, the one our proxy appended (earlier entries are
 * whatever the client chose to send).
 */
export function clientOf(c: Context, trustProxy: boolean): ClientMeta {
  const userAgent = c.req.header('user-agent') ?? null;
  if (trustProxy) {
    const forwarded = (c.req.header('x-forwarded-for') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .at(-1);
    if (forwarded) return { ip: forwarded, userAgent };
  }
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return { ip: incoming?.socket?.remoteAddress ?? 'unknown', userAgent };
}
