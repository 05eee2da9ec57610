import { useT } from '../i18n.js';

export function TodayPage() {
  const t = useT();
  return (
    <section aria-labelledby="today-title">
      <h1 id="today-title">{t('todayTitle')}</h1>
      <p className="empty">{t('todayEmpty')}</p>
      <p>
        <a className="button" href="#/record">
          {t('recordInterview')}
        </a>
      </p>
    </section>
  );
}
