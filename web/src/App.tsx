import { AuthProvider, useAuth } from './auth.js';
import { LangProvider, useLang, useT } from './i18n.js';
import { AccountPage } from './pages/AccountPage.js';
import { ApplicationPage } from './pages/ApplicationPage.js';
import { ApplicationsPage } from './pages/ApplicationsPage.js';
import { CompaniesPage } from './pages/CompaniesPage.js';
import { DraftPage } from './pages/DraftPage.js';
import { ImportPage } from './pages/ImportPage.js';
import { InboxPage } from './pages/InboxPage.js';
import { LoginPage } from './pages/LoginPage.js';
import { MailSettingsPage } from './pages/MailSettingsPage.js';
import { MessagePage } from './pages/MessagePage.js';
import { ProfilePage } from './pages/ProfilePage.js';
import { ReflectionsPage } from './pages/ReflectionsPage.js';
import { ReviewPage } from './pages/ReviewPage.js';
import { RecordInterviewPage } from './pages/RecordInterviewPage.js';
import { SignupPage } from './pages/SignupPage.js';
import { TodayPage } from './pages/TodayPage.js';
import { useRoute } from './router.js';

export function App() {
  return (
    <LangProvider>
      <AuthProvider>
        <Shell />
      </AuthProvider>
    </LangProvider>
  );
}

function Shell() {
  const t = useT();
  const { lang, setLang } = useLang();
  const route = useRoute();
  const [section = 'today', id, sub] = route;
  // Server mode: nothing but the login (or invitation sign-up) page until signed in.
  const auth = useAuth().state;
  const inApp = auth.kind === 'local' || auth.kind === 'signedIn';
  const nav = [
    ['today', t('navToday')],
    ['applications', t('navApplications')],
    ['inbox', t('navInbox')],
    ['import', t('navImport')],
    ['reflections', t('navReflections')],
    ['companies', t('navCompanies')],
    ['profile', t('navProfile')],
  ] as const;
  return (
    <>
      {/* A button, not a #main link: the hash is the router's. */}
      <button
        type="button"
        className="skip"
        onClick={() => document.getElementById('main')?.focus()}
      >
        {t('skip')}
      </button>
      <header className="top">
        <a className="brand" href="#/today">
          {t('appName')}
        </a>
        {inApp ? (
          <nav aria-label={lang === 'ja' ? 'メイン' : 'Main'}>
            <ul>
              {nav.map(([key, label]) => (
                <li key={key}>
                  <a href={`#/${key}`} aria-current={section === key ? 'page' : undefined}>
                    {label}
                  </a>
                </li>
              ))}
              {auth.kind === 'signedIn' ? (
                <li>
                  <a href="#/account" aria-current={section === 'account' ? 'page' : undefined}>
                    {t('navAccount')}
                  </a>
                </li>
              ) : null}
            </ul>
          </nav>
        ) : null}
        <button
          type="button"
          className="lang"
          aria-label={t('switchLangLabel')}
          onClick={() => setLang(lang === 'ja' ? 'en' : 'ja')}
        >
          {t('switchLang')}
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        {auth.kind === 'loading' ? <p>{t('loading')}</p> : null}
        {auth.kind === 'signedOut' && section === 'signup' ? <SignupPage token={id} /> : null}
        {auth.kind === 'signedOut' && section !== 'signup' ? <LoginPage /> : null}
        {inApp ? <Pages section={section} id={id} sub={sub} /> : null}
        {auth.kind === 'signedIn' && section === 'account' ? (
          <AccountPage user={auth.user} />
        ) : null}
      </main>
    </>
  );
}

function Pages({
  section,
  id,
  sub,
}: {
  section: string;
  id?: string | undefined;
  sub?: string | undefined;
}) {
  return (
    <>
      {section === 'applications' && id ? <ApplicationPage id={id} /> : null}
      {section === 'applications' && !id ? <ApplicationsPage /> : null}
      {section === 'record' ? <RecordInterviewPage {...(id ? { applicationId: id } : {})} /> : null}
      {section === 'companies' ? <CompaniesPage {...(id ? { id } : {})} /> : null}
      {section === 'profile' ? <ProfilePage /> : null}
      {section === 'review' && id ? <ReviewPage id={id} /> : null}
      {section === 'draft' && id && sub ? <DraftPage applicationId={id} template={sub} /> : null}
      {section === 'reflections' ? <ReflectionsPage /> : null}
      {section === 'inbox' && id ? <MessagePage id={id} /> : null}
      {section === 'inbox' && !id ? <InboxPage /> : null}
      {section === 'import' ? <ImportPage /> : null}
      {section === 'mail' ? <MailSettingsPage /> : null}
      {section === 'today' ? <TodayPage /> : null}
    </>
  );
}
