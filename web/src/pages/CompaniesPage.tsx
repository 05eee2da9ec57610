import { type FormEvent, useEffect, useState } from 'react';
import { ApiError, api } from '../api.js';
import { ErrorNote } from '../components/ErrorNote.js';
import { useLoad } from '../components/useLoad.js';
import { useT, useLang, weekdayNames } from '../i18n.js';
import type { CalendarConfig, Company } from '../types.js';

export function CompaniesPage({ id }: { id?: string }) {
  return id ? <CompanyEditor id={id} /> : <CompanyList />;
}

function CompanyList() {
  const t = useT();
  const { data, error, reload } = useLoad(
    () => api.get<{ companies: Company[] }>('/api/companies'),
    'companies',
  );
  const [name, setName] = useState('');
  const [addError, setAddError] = useState<ApiError | null>(null);
  async function add(event: FormEvent) {
    event.preventDefault();
    try {
      await api.post('/api/companies', { name });
      setName('');
      reload();
    } catch (e) {
      setAddError(e instanceof ApiError ? e : null);
    }
  }
  return (
    <section aria-labelledby="companies-title">
      <h1 id="companies-title">{t('companiesTitle')}</h1>
      <ErrorNote error={error} />
      <ul className="cards">
        {data?.companies.map((c) => (
          <li key={c.id} className="card">
            <a href={`#/companies/${c.id}`}>{c.name}</a>
          </li>
        ))}
      </ul>
      <form onSubmit={add} className="form inline">
        <label htmlFor="new-company">{t('companyName')}</label>
        <input id="new-company" required value={name} onChange={(e) => setName(e.target.value)} />
        <button type="submit">{t('addCompany')}</button>
        <ErrorNote error={addError} />
      </form>
    </section>
  );
}

/** The company's business calendar: closed weekdays, closed dates, お盆 and 年末年始. */
function CompanyEditor({ id }: { id: string }) {
  const t = useT();
  const { lang } = useLang();
  const { data, error } = useLoad(() => api.get<{ company: Company }>(`/api/companies/${id}`), id);
  const [calendar, setCalendar] = useState<CalendarConfig | null>(null);
  const [dates, setDates] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  useEffect(() => {
    if (data) {
      setCalendar(data.company.calendar);
      setDates(data.company.calendar.closedDates.join('\n'));
    }
  }, [data]);
  if (error) return <ErrorNote error={error} />;
  if (!data || !calendar) return <p>{t('loading')}</p>;
  const toggleWeekday = (day: number) =>
    setCalendar({
      ...calendar,
      closedWeekdays: calendar.closedWeekdays.includes(day)
        ? calendar.closedWeekdays.filter((d) => d !== day)
        : [...calendar.closedWeekdays, day].sort(),
    });
  async function save(event: FormEvent) {
    event.preventDefault();
    if (!data || !calendar) return;
    const closedDates = dates
      .split(/\s+/)
      .map((d) => d.trim())
      .filter(Boolean);
    try {
      await api.put(`/api/companies/${id}`, {
        name: data.company.name,
        calendar: { ...calendar, closedDates },
      });
      setStatus(t('saved'));
      setSaveError(null);
    } catch (e) {
      setSaveError(e instanceof ApiError ? e : null);
    }
  }
  return (
    <section aria-labelledby="company-title">
      <p>
        <a href="#/companies">← {t('back')}</a>
      </p>
      <h1 id="company-title">{data.company.name}</h1>
      <form onSubmit={save} className="form">
        <fieldset>
          <legend>{t('closedWeekdays')}</legend>
          <div className="weekdays">
            {weekdayNames(lang).map((label, day) =>
              day === 0 || day === 6 ? null : (
                <label key={label} className="check">
                  <input
                    type="checkbox"
                    checked={calendar.closedWeekdays.includes(day)}
                    onChange={() => toggleWeekday(day)}
                  />
                  {label}
                </label>
              ),
            )}
          </div>
        </fieldset>
        <label className="check">
          <input
            type="checkbox"
            checked={calendar.obon}
            onChange={(e) => setCalendar({ ...calendar, obon: e.target.checked })}
          />
          {t('obon')}
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={calendar.yearEnd}
            onChange={(e) => setCalendar({ ...calendar, yearEnd: e.target.checked })}
          />
          {t('yearEnd')}
        </label>
        <label htmlFor="closed-dates">{t('closedDates')}</label>
        <textarea
          id="closed-dates"
          rows={3}
          value={dates}
          onChange={(e) => setDates(e.target.value)}
        />
        <ErrorNote error={saveError} />
        <button type="submit">{t('save')}</button>
        <p role="status">{status}</p>
      </form>
    </section>
  );
}
