import { type FormEvent, useEffect, useState } from 'react';
import { ApiError, api } from '../api.js';
import { ErrorNote } from '../components/ErrorNote.js';
import { useLoad } from '../components/useLoad.js';
import { type WordKey, useT } from '../i18n.js';
import type { Profile } from '../types.js';

const EMPTY: Profile = { kind: 'shukatsu', nameKanji: '', nameKana: '', email: '', phone: '' };

/** The data every signature and self-introduction is filled from. */
export function ProfilePage() {
  const t = useT();
  const { data, error } = useLoad(
    () => api.get<{ profile: Profile | null }>('/api/profile'),
    'profile',
  );
  const [profile, setProfile] = useState<Profile>(EMPTY);
  const [status, setStatus] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  useEffect(() => {
    if (data?.profile) setProfile(data.profile);
  }, [data]);
  const field = (key: keyof Profile & WordKey, type = 'text', autoComplete?: string) => (
    <>
      <label htmlFor={`p-${key}`}>{t(key)}</label>
      <input
        id={`p-${key}`}
        name={key}
        type={type}
        autoComplete={autoComplete}
        value={(profile[key] as string | undefined) ?? ''}
        onChange={(e) => setProfile({ ...profile, [key]: e.target.value })}
      />
    </>
  );
  async function save(event: FormEvent) {
    event.preventDefault();
    try {
      const clean = Object.fromEntries(
        Object.entries(profile).filter(([, v]) => v !== ''),
      ) as unknown as Profile;
      await api.put('/api/profile', { ...EMPTY, ...clean });
      setStatus(t('saved'));
      setSaveError(null);
    } catch (e) {
      setSaveError(e instanceof ApiError ? e : null);
    }
  }
  return (
    <section aria-labelledby="profile-title">
      <h1 id="profile-title">{t('profileTitle')}</h1>
      <ErrorNote error={error} />
      <form onSubmit={save} className="form">
        <fieldset>
          <legend>{t('profileKind')}</legend>
          {(['shukatsu', 'tenshoku'] as const).map((kind) => (
            <label key={kind} className="check">
              <input
                type="radio"
                name="kind"
                value={kind}
                checked={profile.kind === kind}
                onChange={() => setProfile({ ...profile, kind })}
              />
              {t(kind)}
            </label>
          ))}
        </fieldset>
        {field('nameKanji', 'text', 'name')}
        {field('nameKana')}
        {field('email', 'email', 'email')}
        {field('phone', 'tel', 'tel')}
        {profile.kind === 'shukatsu' ? (
          <>
            {field('university')}
            {field('faculty')}
            {field('year')}
          </>
        ) : (
          field('currentEmployer', 'text', 'organization')
        )}
        <ErrorNote error={saveError} />
        <button type="submit">{t('save')}</button>
        <p role="status">{status}</p>
      </form>
      <ReminderSetting />
    </section>
  );
}

/** The daily "today" mail: saved as soon as the box is ticked or cleared. */
function ReminderSetting() {
  const t = useT();
  const { data, error } = useLoad(
    () => api.get<{ reminders: { daily: boolean }; available: boolean }>('/api/settings/reminders'),
    'reminders',
  );
  const [daily, setDaily] = useState(false);
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => {
    if (data) setDaily(data.reminders.daily);
  }, [data]);
  async function change(next: boolean) {
    setDaily(next);
    try {
      await api.put('/api/settings/reminders', { daily: next });
      setStatus(t('saved'));
      setSaveError(null);
    } catch (e) {
      setDaily(!next);
      setSaveError(e instanceof ApiError ? e : null);
    }
  }
  // The embedded app (and a server without mail) cannot send it: no switch that does nothing,
  // unless it was turned on before, so that it can be turned off.
  if (data && !data.available && !data.reminders.daily) return null;
  return (
    <form className="form" onSubmit={(e) => e.preventDefault()} aria-labelledby="reminders-title">
      <h2 id="reminders-title">{t('remindersTitle')}</h2>
      <ErrorNote error={error ?? saveError} />
      <label className="check">
        <input
          type="checkbox"
          name="reminders-daily"
          checked={daily}
          disabled={!data}
          onChange={(e) => void change(e.target.checked)}
        />
        {t('remindersDaily')}
      </label>
      <p className="hint">
        {t(data && !data.available ? 'remindersUnavailable' : 'remindersHint')}
      </p>
      <p role="status">{status}</p>
    </form>
  );
}
