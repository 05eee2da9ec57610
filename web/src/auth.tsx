import { type ReactNode, createContext, useCallback, useContext, useEffect, useState } from 'react';
import { api, setCsrfToken, whenSignedOut } from './api.js';

export interface Account {
  id: string;
  name: string;
  email: string;
  role: 'admin' | 'member';
}

/**
 * Who is using the app. The embedded app answers {mode: 'local'}: one person, no login.
 * A server with accounts answers the signed-in user and the session's CSRF token, or 401.
 */
export type AuthState =
  | { kind: 'loading' }
  | { kind: 'local' }
  | { kind: 'signedOut'; signup: 'invite' | 'open' }
  | { kind: 'signedIn'; user: Account; signup: 'invite' | 'open' };

interface SessionAnswer {
  mode: 'local' | 'accounts';
  signup?: 'invite' | 'open';
  user?: Account;
  csrfToken?: string;
}

interface AuthValue {
  state: AuthState;
  /** After a login or sign-up answer: remember the CSRF token and show the app. */
  signedIn(answer: { user: Account; csrfToken: string }): void;
  signedOut(): void;
}

const AuthContext = createContext<AuthValue>({
  state: { kind: 'loading' },
  signedIn: () => {},
  signedOut: () => {},
});

export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ kind: 'loading' });
  const [signup, setSignup] = useState<'invite' | 'open'>('invite');
  const signedOut = useCallback(() => {
    setCsrfToken(null);
    setState((s) => (s.kind === 'local' ? s : { kind: 'signedOut', signup }));
  }, [signup]);
  useEffect(() => {
    let cancelled = false;
    fetch('/api/auth/session', { headers: { accept: 'application/json' } })
      .then(async (response) => {
        const body = (await response.json().catch(() => ({}))) as SessionAnswer;
        if (cancelled) return;
        // An older server without the route (404) is the embedded app too.
        if (response.status === 404 || body.mode === 'local') return setState({ kind: 'local' });
        const mode = body.signup ?? 'invite';
        setSignup(mode);
        if (response.ok && body.user && body.csrfToken) {
          setCsrfToken(body.csrfToken);
          return setState({ kind: 'signedIn', user: body.user, signup: mode });
        }
        return setState({ kind: 'signedOut', signup: mode });
      })
      .catch(() => {
        if (!cancelled) setState({ kind: 'signedOut', signup: 'invite' });
      });
    return () => {
      cancelled = true;
    };
  }, []);
  useEffect(() => {
    whenSignedOut(signedOut);
    return () => whenSignedOut(null);
  }, [signedOut]);
  const value: AuthValue = {
    state,
    signedIn: (answer) => {
      setCsrfToken(answer.csrfToken);
      setState({ kind: 'signedIn', user: answer.user, signup });
    },
    signedOut,
  };
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth() {
  return useContext(AuthContext);
}

/** Ends this browser's session (or every session) and shows the login page. */
export async function logout(everywhere: boolean, done: () => void) {
  try {
    await api.post(everywhere ? '/api/auth/logout-all' : '/api/auth/logout', {});
  } finally {
    done();
  }
}
