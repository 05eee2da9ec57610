import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../api.js';
import { type Account, useAuth } from '../auth.js';
import { ErrorNote } from '../components/ErrorNote.js';
import { useT } from '../i18n.js';

/** #/signup/<token>: make an account with an invitation link (or without one on an open server). */
export function SignupPage({ token }: { token?: string | undefined }) {
  const t = useT();
  const { signedIn } = useAuth();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const answer = await api.post<{ user: Account; csrfToken: string }>('/api/auth/signup', {
        email,
        password,
        ...(name ? { name } : {}),
        ...(token ? { invitation: token } : {}),
      });
      signedIn(answer);
      window.location.hash = '#/profile';
    } catch (e) {
      setError(e instanceof ApiError ? e : null);
    } finally {
      setBusy(false);
    }
  }
  return (
    <section aria-labelledby="signup-title">
      <h1 id="signup-title">{t('signupTitle')}</h1>
      {token ? <p>{t('signupInvited')}</p> : null}
      <form onSubmit={submit} className="form">
        <label htmlFor="signup-email">{t('email')}</label>
        <input
          id="signup-email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <label htmlFor="signup-name">{t('displayName')}</label>
        <input
          id="signup-name"
          autoComplete="nickname"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <label htmlFor="signup-password">{t('password')}</label>
        <input
          id="signup-password"
          type="password"
          autoComplete="new-password"
          minLength={10}
          required
          aria-describedby="signup-password-hint"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <p id="signup-password-hint" className="hint">
          {t('passwordRule')}
        </p>
        <ErrorNote error={error} />
        <button type="submit" disabled={busy}>
          {t('signupButton')}
        </button>
      </form>
      <p>
        <a href="#/today">{t('backToLogin')}</a>
      </p>
    </section>
  );
}
