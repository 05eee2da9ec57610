import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { AccountRow } from '../storage/repos/accounts.js';
import {
  type SessionRow,
  deleteSession,
  deleteUserSessions,
  findSessionWithAccount,
  insertSession,
  touchSession,
} from '../storage/repos/sessions.js';
import type { ServiceContext } from './context.js';
import { tokyoIso } from './context.js';
import { ServiceError } from './errors.js';

/** What the account use cases need: the owner connection (all users' rows) and the clock. */
export type AccountsContext = Pick<ServiceContext, 'storage' | 'now'>;

const DAY = 24 * 3600_000;
/** A session ends 30 days after sign-in whatever happens: a stolen cookie does not live on. */
export const SESSION_ABSOLUTE_MS = 30 * DAY;
/** …and after 7 days without a request: a forgotten browser signs itself out. */
export const SESSION_IDLE_MS = 7 * DAY;
/**
 * last_seen_at is written at most once per 5 minutes, not on every request: the "today" list
 * stays a read. The idle limit is therefore exact to within 5 minutes.
 */
export const SESSION_TOUCH_MS = 5 * 60_000;

/** The cookie value: 32 random bytes. Only its SHA-256 is stored, so the table cannot sign anyone in. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface SignedIn {
  /** The cookie value, handed to the browser once and never stored. */
  token: string;
  session: SessionRow;
}

/** A new session for a user who just proved who they are (never an existing cookie promoted). */
export async function startSession(
  ctx: AccountsContext,
  userId: string,
  meta: { ip: string | null; userAgent: string | null },
): Promise<SignedIn> {
  const token = newSessionToken();
  const now = ctx.now();
  const session: SessionRow = {
    id: sessionIdOf(token),
    user_id: userId,
    csrf_token: randomBytes(32).toString('base64url'),
    created_at: tokyoIso(now),
    expires_at: tokyoIso(new Date(now.getTime() + SESSION_ABSOLUTE_MS)),
    last_seen_at: tokyoIso(now),
    user_agent: meta.userAgent?.slice(0, 300) ?? null,
    ip: meta.ip,
  };
  await insertSession(ctx.storage.db, session);
  return { token, session };
}

export interface ActiveSession {
  session: SessionRow;
  account: AccountRow;
}

const signedOut = () => new ServiceError('UNAUTHORIZED', 'ログインしてください', 'Please sign in');
const expired = () =>
  new ServiceError(
    'UNAUTHORIZED',
    'ログインの有効期限が切れました。もう一度ログインしてください',
    'Your session has expired; please sign in again',
  );

/**
 * The session a cookie names, checked against both limits on every request; an expired one is
 * deleted. Throws UNAUTHORIZED (401) when there is none.
 */
export async function resolveSession(
  ctx: AccountsContext,
  token: string | undefined,
): Promise<ActiveSession> {
  if (!token) throw signedOut();
  const db = ctx.storage.db;
  const found = await findSessionWithAccount(db, sessionIdOf(token));
  if (!found) throw signedOut();
  const { session, account } = found;
  const now = ctx.now().getTime();
  const lastSeen = Date.parse(session.last_seen_at);
  if (now >= Date.parse(session.expires_at) || now >= lastSeen + SESSION_IDLE_MS) {
    await deleteSession(db, session.id);
    throw expired();
  }
  if (account.disabled_at) {
    await deleteSession(db, session.id);
    throw signedOut();
  }
  if (now - lastSeen >= SESSION_TOUCH_MS) {
    session.last_seen_at = tokyoIso(new Date(now));
    await touchSession(db, session.id, session.last_seen_at);
  }
  return { session, account };
}

/** True when the header carries this session's CSRF token (compared in constant time). */
export function csrfMatches(session: SessionRow, header: string | undefined): boolean {
  if (!header) return false;
  const a = Buffer.from(session.csrf_token);
  const b = Buffer.from(header);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function endSession(ctx: AccountsContext, sessionId: string): Promise<void> {
  await deleteSession(ctx.storage.db, sessionId);
}

/** Logout everywhere: every browser of the user, this one included. */
export async function endAllSessions(ctx: AccountsContext, userId: string): Promise<number> {
  return deleteUserSessions(ctx.storage.db, userId);
}
