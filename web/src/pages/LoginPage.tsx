import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../api.js';
import { type Account, useAuth } from '../auth.js';
import { ErrorNote } from '../components/ErrorNote.js';
import { useT } from '../i18n.js';

/** Server mode: the page everyone sees before signing in. */
export function LoginPage() {
  const t = useT();
  const { state, signedIn } = useAuth();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const answer = await api.post<{ user: Account; csrfToken: string }>('/api/auth/login', {
        email,
        password,
      });
      setError(null);
      signedIn(answer);
      if (/^#\/?(login|signup)/.test(window.location.hash)) window.location.hash = '#/today';
    } catch (e) {
      setError(e instanceof ApiError ? e : null);
      setPassword('');
    } finally {
      setBusy(false);
    }
  }
  return (
    <section aria-labelledby="login-title">
      <h1 id="login-title">{t('loginTitle')}</h1>
      <p>{t('loginLead')}</p>
      <form onSubmit={submit} className="form">
        <label htmlFor="login-email">{t('email')}</label>
        <input
          id="login-email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <label htmlFor="login-password">{t('password')}</label>
        <input
          id="login-password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <ErrorNote error={error} />
        <button type="submit" disabled={busy}>
          {t('loginButton')}
        </button>
      </form>
      {state.kind === 'signedOut' && state.signup === 'open' ? (
        <p>
          <a href="#/signup">{t('signupLink')}</a>
        </p>
      ) : (
        <p className="hint">{t('loginInviteOnly')}</p>
      )}
    </section>
  );
}
