import { type FormEvent, useState } from 'react';
import { STAGE_LABELS } from '../../../src/core/domain/stage.js';
import { api } from '../api.js';
import { ErrorNote } from '../components/ErrorNote.js';
import { useLoad } from '../components/useLoad.js';
import { formatDate, useLang, useT } from '../i18n.js';
import type { RecurringQuestion, ReflectionEntry } from '../review/types.js';
import { useSignalWords } from '../signals-words.js';

/** #/reflections: search every reflection, and see the questions that come back. */
export function ReflectionsPage() {
  const t = useT();
  const w = useSignalWords();
  const { lang } = useLang();
  const [draft, setDraft] = useState('');
  const [query, setQuery] = useState('');
  const found = useLoad(
    () =>
      api.get<{ reflections: ReflectionEntry[] }>(
        `/api/reviews/reflections?q=${encodeURIComponent(query)}`,
      ),
    `q:${query}`,
  );
  const recurring = useLoad(
    () => api.get<{ questions: RecurringQuestion[] }>('/api/reviews/recurring-questions'),
    'recurring',
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    setQuery(draft.trim());
  }

  return (
    <section aria-labelledby="reflections-title">
      <h1 id="reflections-title">{w('reflectionsTitle')}</h1>
      <section aria-labelledby="recurring-title" className="panel">
        <h2 id="recurring-title">{w('recurringTitle')}</h2>
        <p className="hint">{w('recurringHint')}</p>
        <ErrorNote error={recurring.error} />
        {recurring.data?.questions.length === 0 ? (
          <p className="empty">{w('noRecurring')}</p>
        ) : null}
        <ul>
          {recurring.data?.questions.map((q) => (
            <li key={q.question}>
              <strong>{q.question}</strong>{' '}
              <span className="meta">
                {q.occurrences.length}
                {lang === 'ja' ? '' : ' '}
                {w('times')}: {[...new Set(q.occurrences.map((o) => o.companyName))].join('、')}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <search>
        <form className="form" onSubmit={submit}>
          <label htmlFor="rf-search">{w('searchLabel')}</label>
          <input
            id="rf-search"
            type="search"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
          />
          <button type="submit">{w('searchButton')}</button>
        </form>
      </search>
      <ErrorNote error={found.error} />
      {!found.data ? <p>{t('loading')}</p> : null}
      {found.data?.reflections.length === 0 ? <p className="empty">{w('noReflections')}</p> : null}
      <ul className="cards" aria-live="polite">
        {found.data?.reflections.map((entry) => (
          <li key={entry.reviewId} className="card">
            <h2 className="card-title">
              <a href={`#/review/${entry.applicationId}`}>{entry.companyName}</a>
            </h2>
            <p className="meta">
              {entry.stage ? `${STAGE_LABELS[entry.stage][lang]} · ` : ''}
              {formatDate(entry.at, lang)}
            </p>
            {entry.reflection.questions.length > 0 ? (
              <ul>
                {entry.reflection.questions.map((q) => (
                  <li key={q}>{q}</li>
                ))}
              </ul>
            ) : null}
            {[entry.reflection.betterAnswers, entry.reflection.nextTime]
              .filter(Boolean)
              .map((text) => (
                <p key={text}>{text}</p>
              ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
