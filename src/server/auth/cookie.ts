import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { SESSION_ABSOLUTE_MS } from '../../services/sessions.js';
import type { AccountsOptions } from './options.js';

export const SESSION_COOKIE = 'renraku_session';

export function sessionToken(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE) || undefined;
}

/** HttpOnly (no script reads it), SameSite=Lax (no cross-site POST carries it), whole site. */
export function setSessionCookie(c: Context, token: string, options: AccountsOptions): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: options.secureCookies,
    maxAge: Math.floor(SESSION_ABSOLUTE_MS / 1000),
  });
}

export function clearSessionCookie(c: Context, options: AccountsOptions): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: options.secureCookies });
}
