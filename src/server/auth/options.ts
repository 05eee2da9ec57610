import type { SignupMode } from '../../services/accounts.js';

/** How a server with accounts behaves (read from the environment by `renraku serve`). */
export interface AccountsOptions {
  /** invite (default): only with an admin's link; open: anyone may sign up. */
  signup: SignupMode;
  /** Mark the session cookie Secure (HTTPS only). */
  secureCookies: boolean;
  /** Take the client address from X-Forwarded-For (only behind your own reverse proxy). */
  trustProxy: boolean;
}

/**
 * RENRAKU_SIGNUP=invite|open, RENRAKU_SECURE_COOKIES=1 (or RENRAKU_PUBLIC_URL=https://…),
 * RENRAKU_TRUST_PROXY=1.
 */
export function accountsOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): AccountsOptions {
  const signup = env.RENRAKU_SIGNUP ?? 'invite';
  if (signup !== 'invite' && signup !== 'open') {
    throw new Error(
      `RENRAKU_SIGNUP は invite か open です: ${signup} / RENRAKU_SIGNUP must be invite or open`,
    );
  }
  return {
    signup,
    secureCookies:
      env.RENRAKU_SECURE_COOKIES === '1' ||
      (env.RENRAKU_PUBLIC_URL ?? '').toLowerCase().startsWith('https://'),
    trustProxy: env.RENRAKU_TRUST_PROXY === '1',
  };
}
