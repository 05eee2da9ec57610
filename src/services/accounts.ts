import { createHash, randomBytes } from 'node:crypto';
import { newId } from '../storage/ids.js';
import {
  type AccountRow,
  clearFailedLogins,
  countAdmins,
  findAccountByEmail,
  findAccountById,
  insertAccount,
  recordFailedLogin,
  setPasswordHash,
} from '../storage/repos/accounts.js';
import {
  type InvitationRow,
  findInvitationByTokenHash,
  insertInvitation,
  listInvitations,
  revokeInvitation,
  markInvitationUsed,
} from '../storage/repos/invitations.js';
import { countFailuresFrom, recordFailure } from '../storage/repos/login-attempts.js';
import { deleteUserSessions } from '../storage/repos/sessions.js';
import { inTransaction } from '../storage/scope.js';
import { tokyoIso } from './context.js';
import { RateLimitedError, ServiceError } from './errors.js';
import {
  checkNewPassword,
  hashPassword,
  verifyAgainstNothing,
  verifyPassword,
} from './passwords.js';
import { type AccountsContext, type SignedIn, startSession } from './sessions.js';

export type { AccountsContext } from './sessions.js';
export type SignupMode = 'invite' | 'open';
export type Role = 'admin' | 'member';

const MINUTE = 60_000;
/** Five wrong passwords in a row lock the account for 15 minutes; a success resets the count. */
export const ACCOUNT_LOCK = { failures: 5, ms: 15 * MINUTE } as const;
/**
 * Twenty failures from one client address within 15 minutes stop that address for the rest of
 * the window, whichever accounts it tries (password spraying).
 */
export const ADDRESS_LIMIT = { failures: 20, windowMs: 15 * MINUTE } as const;
export const INVITATION_DAYS = 7;

/** Who signs in, as the API shows it (never the hash or the counters). */
export interface AccountView {
  id: string;
  name: string;
  email: string;
  role: Role;
}

export function accountView(row: AccountRow): AccountView {
  return {
    id: row.id,
    name: row.name,
    email: row.email ?? '',
    role: row.role === 'admin' ? 'admin' : 'member',
  };
}

export interface ClientMeta {
  /** The client address (the socket's, or the proxy's X-Forwarded-For when trusted). */
  ip: string;
  userAgent: string | null;
}

export function normalizeEmail(email: string): string {
  const value = email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) || value.length > 254) {
    throw new ServiceError(
      'INVALID',
      'メールアドレスの形式が正しくありません',
      'That is not a valid email address',
    );
  }
  return value;
}

const wrongCredentials = () =>
  new ServiceError(
    'UNAUTHORIZED',
    'メールアドレスまたはパスワードが違います',
    'Wrong email address or password',
  );

const retryAfter = (untilMs: number, nowMs: number) =>
  Math.max(1, Math.ceil((untilMs - nowMs) / 1000));

/**
 * Signs in: checks the address limit, then the account lock, then the password (argon2id; an
 * unknown address costs the same work). Every login makes a new session.
 */
export async function login(
  ctx: AccountsContext,
  input: { email: string; password: string },
  client: ClientMeta,
): Promise<SignedIn & { account: AccountRow }> {
  const db = ctx.storage.db;
  const now = ctx.now();
  const nowMs = now.getTime();
  const windowStart = tokyoIso(new Date(nowMs - ADDRESS_LIMIT.windowMs));
  const fromAddress = await countFailuresFrom(db, client.ip, windowStart);
  if (fromAddress.count >= ADDRESS_LIMIT.failures) {
    const until = Date.parse(fromAddress.oldest ?? tokyoIso(now)) + ADDRESS_LIMIT.windowMs;
    throw new RateLimitedError(
      retryAfter(until, nowMs),
      'ログインの失敗が続いたため、しばらくログインできません。時間をおいてからお試しください',
      'Too many failed sign-ins from this address; please try again later',
    );
  }
  const email = input.email.trim().toLowerCase();
  const failed = async () => {
    await recordFailure(db, { id: newId(), ip: client.ip, email, at: tokyoIso(now) }, windowStart);
  };
  const account = email ? await findAccountByEmail(db, email) : undefined;
  if (!account?.password_hash || account.disabled_at) {
    await verifyAgainstNothing(input.password);
    await failed();
    throw wrongCredentials();
  }
  if (account.locked_until && Date.parse(account.locked_until) > nowMs) {
    await failed();
    throw new RateLimitedError(
      retryAfter(Date.parse(account.locked_until), nowMs),
      'パスワードの誤りが続いたため、このアカウントは一時的にロックされています。15分ほどおいてからお試しください',
      'This account is locked for a while after repeated wrong passwords; try again in about 15 minutes',
    );
  }
  if (!(await verifyPassword(account.password_hash, input.password))) {
    const lockUntil = tokyoIso(new Date(nowMs + ACCOUNT_LOCK.ms));
    await recordFailedLogin(db, account.id, ACCOUNT_LOCK.failures, lockUntil);
    await failed();
    throw wrongCredentials();
  }
  if (account.failed_logins > 0 || account.locked_until) await clearFailedLogins(db, account.id);
  const signedIn = await startSession(ctx, account.id, client);
  return { ...signedIn, account };
}

/** Changes the password (the current one is required) and signs out every other browser. */
export async function changePassword(
  ctx: AccountsContext,
  userId: string,
  keepSessionId: string,
  input: { current: string; next: string },
): Promise<{ endedSessions: number }> {
  const db = ctx.storage.db;
  const account = await findAccountById(db, userId);
  if (!account?.password_hash || !(await verifyPassword(account.password_hash, input.current))) {
    throw new ServiceError(
      'FORBIDDEN',
      '現在のパスワードが違います',
      'The current password is wrong',
    );
  }
  checkNewPassword(input.next);
  const hashed = await hashPassword(input.next);
  return inTransaction(db, async (tx) => {
    await setPasswordHash(tx, userId, hashed);
    return { endedSessions: await deleteUserSessions(tx, userId, keepSessionId) };
  });
}

export interface SignupInput {
  email: string;
  password: string;
  name?: string | undefined;
  /** The token of an invitation link (#/signup/<token>). */
  invitation?: string | undefined;
}

const invitationRefused = (ja: string, en: string) => new ServiceError('FORBIDDEN', ja, en);

/**
 * Makes an account and signs it in. With RENRAKU_SIGNUP=invite (the default) a valid, unused,
 * unexpired invitation is required and is used up in the same transaction.
 */
export async function signup(
  ctx: AccountsContext,
  mode: SignupMode,
  input: SignupInput,
  client: ClientMeta,
): Promise<SignedIn & { account: AccountRow }> {
  const db = ctx.storage.db;
  const now = ctx.now();
  const email = normalizeEmail(input.email);
  let invitation: InvitationRow | undefined;
  if (input.invitation) {
    invitation = await findInvitationByTokenHash(db, tokenHash(input.invitation));
    if (!invitation || invitation.revoked_at)
      throw invitationRefused('この招待リンクは使えません', 'This invitation link is not valid');
    if (invitation.used_at)
      throw invitationRefused(
        'この招待リンクはすでに使われています',
        'This invitation link has already been used',
      );
    if (Date.parse(invitation.expires_at) <= now.getTime())
      throw invitationRefused(
        'この招待リンクは有効期限が切れています。管理者に新しいリンクを依頼してください',
        'This invitation link has expired; ask the administrator for a new one',
      );
    if (invitation.email && invitation.email !== email)
      throw invitationRefused(
        'この招待リンクは別のメールアドレス宛てです',
        'This invitation is for a different email address',
      );
  } else if (mode === 'invite') {
    throw invitationRefused('登録には招待リンクが必要です', 'Signing up needs an invitation link');
  }
  checkNewPassword(input.password);
  if (await findAccountByEmail(db, email)) {
    throw new ServiceError(
      'CONFLICT',
      'このメールアドレスはすでに登録されています',
      'An account with this email address already exists',
    );
  }
  const passwordHash = await hashPassword(input.password);
  const id = newId();
  await inTransaction(db, async (tx) => {
    await insertAccount(tx, {
      id,
      name: input.name?.trim() || email.split('@')[0] || email,
      email,
      passwordHash,
      role: invitation?.role === 'admin' ? 'admin' : 'member',
      createdAt: tokyoIso(now),
    });
    if (invitation && !(await markInvitationUsed(tx, invitation.id, id, tokyoIso(now)))) {
      throw invitationRefused(
        'この招待リンクはすでに使われています',
        'This invitation link has already been used',
      );
    }
  });
  const account = await findAccountById(db, id);
  if (!account) throw new Error('signup: the new account is missing');
  const signedIn = await startSession(ctx, id, client);
  return { ...signedIn, account };
}

/** The first administrator of a server (renraku account create-admin). */
export async function createAdmin(
  ctx: AccountsContext,
  input: { email: string; password: string; name?: string | undefined },
): Promise<AccountView> {
  const db = ctx.storage.db;
  if ((await countAdmins(db)) > 0) {
    throw new ServiceError(
      'CONFLICT',
      '管理者はすでに登録されています。追加の利用者は招待リンクで登録してください',
      'An administrator already exists; add people with invitation links',
    );
  }
  const email = normalizeEmail(input.email);
  checkNewPassword(input.password);
  if (await findAccountByEmail(db, email)) {
    throw new ServiceError(
      'CONFLICT',
      'このメールアドレスはすでに登録されています',
      'An account with this email address already exists',
    );
  }
  const id = newId();
  await insertAccount(db, {
    id,
    name: input.name?.trim() || email.split('@')[0] || email,
    email,
    passwordHash: await hashPassword(input.password),
    role: 'admin',
    createdAt: tokyoIso(ctx.now()),
  });
  const account = await findAccountById(db, id);
  if (!account) throw new Error('createAdmin: the new account is missing');
  return accountView(account);
}

// ---- invitations (admin only) ----

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function requireAdmin(account: AccountRow): void {
  if (account.role !== 'admin') {
    throw new ServiceError(
      'FORBIDDEN',
      'この操作は管理者だけができます',
      'Only an administrator can do this',
    );
  }
}

export type InvitationStatus = 'open' | 'used' | 'revoked' | 'expired';

export interface InvitationView {
  id: string;
  email: string | null;
  role: Role;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
  revokedAt: string | null;
  status: InvitationStatus;
}

function invitationView(row: InvitationRow, now: Date): InvitationView {
  const status: InvitationStatus = row.revoked_at
    ? 'revoked'
    : row.used_at
      ? 'used'
      : Date.parse(row.expires_at) <= now.getTime()
        ? 'expired'
        : 'open';
  return {
    id: row.id,
    email: row.email,
    role: row.role === 'admin' ? 'admin' : 'member',
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    usedAt: row.used_at,
    revokedAt: row.revoked_at,
    status,
  };
}

/**
 * A new sign-up link. The token is returned this once: only its SHA-256 is stored, so the
 * list cannot show the link again (make a new one if it is lost).
 */
export async function createInvitation(
  ctx: AccountsContext,
  admin: AccountRow,
  input: { email?: string | undefined; role?: Role | undefined; days?: number | undefined },
): Promise<{ invitation: InvitationView; token: string }> {
  requireAdmin(admin);
  const now = ctx.now();
  const days = input.days ?? INVITATION_DAYS;
  if (!Number.isInteger(days) || days < 1 || days > 90) {
    throw new ServiceError(
      'INVALID',
      '有効期間は1〜90日で指定してください',
      'The validity must be 1 to 90 days',
    );
  }
  const token = randomBytes(24).toString('base64url');
  const row: InvitationRow = {
    id: newId(),
    token_hash: tokenHash(token),
    email: input.email ? normalizeEmail(input.email) : null,
    role: input.role ?? 'member',
    created_by: admin.id,
    created_at: tokyoIso(now),
    expires_at: tokyoIso(new Date(now.getTime() + days * 24 * 3600_000)),
    used_at: null,
    used_by: null,
    revoked_at: null,
  };
  await insertInvitation(ctx.storage.db, row);
  return { invitation: invitationView(row, now), token };
}

export async function invitations(
  ctx: AccountsContext,
  admin: AccountRow,
): Promise<InvitationView[]> {
  requireAdmin(admin);
  const now = ctx.now();
  return (await listInvitations(ctx.storage.db)).map((row) => invitationView(row, now));
}

export async function revokeInvitationById(
  ctx: AccountsContext,
  admin: AccountRow,
  id: string,
): Promise<void> {
  requireAdmin(admin);
  if (!(await revokeInvitation(ctx.storage.db, id, tokyoIso(ctx.now())))) {
    throw new ServiceError(
      'NOT_FOUND',
      '取り消せる招待が見つかりません',
      'No open invitation with this id',
    );
  }
}
