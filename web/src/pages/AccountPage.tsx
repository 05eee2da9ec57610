import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { ApiError, api } from '../api.js';
import { type Account, logout, useAuth } from '../auth.js';
import { ErrorNote } from '../components/ErrorNote.js';
import { formatDate, useLang, useT } from '../i18n.js';

/** Server mode: password, sign-out, and (for an admin) the invitation links. */
export function AccountPage({ user }: { user: Account }) {
  const t = useT();
  const { signedOut } = useAuth();
  return (
    <section aria-labelledby="account-title">
      <h1 id="account-title">{t('accountTitle')}</h1>
      <p>
        {user.name}（{user.email}）{user.role === 'admin' ? ` — ${t('roleAdmin')}` : ''}
      </p>
      <PasswordForm />
      <h2>{t('logoutTitle')}</h2>
      <div className="row">
        <button type="button" onClick={() => logout(false, signedOut)}>
          {t('logoutButton')}
        </button>{' '}
        <button type="button" className="secondary" onClick={() => logout(true, signedOut)}>
          {t('logoutAllButton')}
        </button>
      </div>
      {user.role === 'admin' ? <Invitations /> : null}
    </section>
  );
}

function PasswordForm() {
  const t = useT();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await api.post('/api/auth/password', { current, next });
      setError(null);
      setDone(t('passwordChanged'));
      setCurrent('');
      setNext('');
    } catch (e) {
      setDone(null);
      setError(e instanceof ApiError ? e : null);
    }
  }
  return (
    <form onSubmit={submit} className="form" aria-labelledby="password-title">
      <h2 id="password-title">{t('passwordTitle')}</h2>
      <label htmlFor="pw-current">{t('passwordCurrent')}</label>
      <input
        id="pw-current"
        type="password"
        autoComplete="current-password"
        required
        value={current}
        onChange={(e) => setCurrent(e.target.value)}
      />
      <label htmlFor="pw-next">{t('passwordNew')}</label>
      <input
        id="pw-next"
        type="password"
        autoComplete="new-password"
        minLength={10}
        required
        value={next}
        onChange={(e) => setNext(e.target.value)}
      />
      <p className="hint">{t('passwordRule')}</p>
      <ErrorNote error={error} />
      {done ? <p role="status">{done}</p> : null}
      <button type="submit">{t('passwordChange')}</button>
    </form>
  );
}

interface Invitation {
  id: string;
  email: string | null;
  role: 'admin' | 'member';
  expiresAt: string;
  status: 'open' | 'used' | 'revoked' | 'expired';
}

function Invitations() {
  const t = useT();
  const { lang } = useLang();
  const [list, setList] = useState<Invitation[]>([]);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<'member' | 'admin'>('member');
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const load = useCallback(async () => {
    try {
      setList((await api.get<{ invitations: Invitation[] }>('/api/admin/invitations')).invitations);
    } catch (e) {
      setError(e instanceof ApiError ? e : null);
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  async function create(event: FormEvent) {
    event.preventDefault();
    try {
      const answer = await api.post<{ path: string }>('/api/admin/invitations', {
        ...(email ? { email } : {}),
        role,
      });
      setLink(`${window.location.origin}${answer.path}`);
      setCopied(false);
      setEmail('');
      setError(null);
      await load();
    } catch (e) {
      setError(e instanceof ApiError ? e : null);
    }
  }
  async function revoke(id: string) {
    try {
      await api.delete(`/api/admin/invitations/${id}`);
      await load();
    } catch (e) {
      setError(e instanceof ApiError ? e : null);
    }
  }
  return (
    <>
      <form onSubmit={create} className="form" aria-labelledby="invite-title">
        <h2 id="invite-title">{t('invitationsTitle')}</h2>
        <label htmlFor="invite-email">{t('invitationEmail')}</label>
        <input
          id="invite-email"
          type="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <label htmlFor="invite-role">{t('invitationRole')}</label>
        <select
          id="invite-role"
          value={role}
          onChange={(e) => setRole(e.target.value === 'admin' ? 'admin' : 'member')}
        >
          <option value="member">{t('roleMember')}</option>
          <option value="admin">{t('roleAdmin')}</option>
        </select>
        <button type="submit">{t('invitationCreate')}</button>
      </form>
      <ErrorNote error={error} />
      {link ? (
        <div className="form">
          <label htmlFor="invite-link">{t('invitationLink')}</label>
          <input id="invite-link" readOnly value={link} onFocus={(e) => e.target.select()} />
          <p className="hint">{t('invitationOnce')}</p>
          <button
            type="button"
            onClick={() =>
              navigator.clipboard?.writeText(link).then(
                () => setCopied(true),
                () => setCopied(false),
              )
            }
          >
            {copied ? t('copied') : t('copyLink')}
          </button>
        </div>
      ) : null}
      {list.length === 0 ? (
        <p>{t('invitationsEmpty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('invitationEmail')}</th>
              <th>{t('invitationRole')}</th>
              <th>{t('invitationExpires')}</th>
              <th>{t('status')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.map((i) => (
              <tr key={i.id}>
                <td>{i.email ?? '—'}</td>
                <td>{i.role === 'admin' ? t('roleAdmin') : t('roleMember')}</td>
                <td>{formatDate(i.expiresAt, lang)}</td>
                <td>{t(`invitation_${i.status}`)}</td>
                <td>
                  {i.status === 'open' ? (
                    <button type="button" className="secondary" onClick={() => revoke(i.id)}>
                      {t('invitationRevoke')}
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
