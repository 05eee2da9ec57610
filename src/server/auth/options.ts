import type { SignupMode } from '../../services/accounts.js';

/**
 * How a server with accounts behaves. `renraku serve` fills it from the validated configuration
 * (src/app/config.ts): RENRAKU_SIGNUP=invite|open, RENRAKU_SECURE_COOKIES=1 or an https
 * RENRAKU_PUBLIC_URL, RENRAKU_TRUST_PROXY=1.
 */
export interface AccountsOptions {
  /** invite (default): only with an admin's link; open: anyone may sign up. */
  signup: SignupMode;
  /** Mark the session cookie Secure (HTTPS only). */
  secureCookies: boolean;
  /** Take the client address from X-Forwarded-For (only behind your own reverse proxy). */
  trustProxy: boolean;
}
