import { type FormEvent, useEffect, useState } from 'react';
import { STAGES, STAGE_LABELS, type Stage } from '../../../src/core/domain/stage.js';
import { ApiError, api } from '../api.js';
import { ErrorNote } from '../components/ErrorNote.js';
import { PromiseDates } from '../components/PromiseDates.js';
import { useLoad } from '../components/useLoad.js';
import { useLang, useT } from '../i18n.js';
import { go } from '../router.js';
import type { ApplicationView, Company, PromiseReading } from '../types.js';

export function RecordInterviewPage({ applicationId }: { applicationId?: string }) {
  const t = useT();
  const { lang } = useLang();
  const existing = useLoad(
    () =>
      applicationId
        ? api.get<ApplicationView>(`/api/applications/${applicationId}`)
        : Promise.resolve(null),
    applicationId ?? 'new',
  );
  const companies = useLoad(() => api.get<{ companies: Company[] }>('/api/companies'), 'companies');
  const [companyName, setCompanyName] = useState('');
  const [position, setPosition] = useState('');
  const [stage, setStage] = useState<Stage>('interview_1');
  const [at, setAt] = useState('');
  const [interviewers, setInterviewers] = useState('');
  const [said, setSaid] = useState('');
  const [notes, setNotes] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const fixedCompany = existing.data?.company;
  const knownCompany =
    fixedCompany ?? companies.data?.companies.find((c) => c.name === companyName.trim());
  const reading = usePromisePreview(said, at, knownCompany?.id);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await api.post<{ application: { id: string } }>('/api/interviews', {
        ...(applicationId ? { applicationId } : { companyName }),
        ...(position ? { position } : {}),
        stage,
        at,
        ...(said ? { said } : {}),
        ...(interviewers ? { interviewers } : {}),
        ...(notes ? { notes } : {}),
      });
      go(`applications/${result.application.id}`);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, String(e), String(e)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="record-title">
      <h1 id="record-title">{t('recordInterview')}</h1>
      <form onSubmit={submit} className="form">
        {fixedCompany ? (
          <p>
            {t('company')}: <strong>{fixedCompany.name}</strong>
          </p>
        ) : (
          <>
            <label htmlFor="company">{t('companyName')}</label>
            <input
              id="company"
              name="company"
              required
              list="company-list"
              autoComplete="organization"
              value={companyName}
              onChange={(e) => setCompanyName(e.target.value)}
            />
            <datalist id="company-list">
              {companies.data?.companies.map((c) => (
                <option key={c.id} value={c.name} />
              ))}
            </datalist>
            <label htmlFor="position">{t('position')}</label>
            <input
              id="position"
              name="position"
              value={position}
              onChange={(e) => setPosition(e.target.value)}
            />
          </>
        )}
        <label htmlFor="stage">{t('stage')}</label>
        <select
          id="stage"
          name="stage"
          value={stage}
          onChange={(e) => setStage(e.target.value as Stage)}
        >
          {STAGES.map((s) => (
            <option key={s} value={s}>
              {STAGE_LABELS[s][lang]}
            </option>
          ))}
        </select>
        <label htmlFor="at">{t('interviewAt')}</label>
        <input
          id="at"
          name="at"
          type="datetime-local"
          required
          value={at}
          onChange={(e) => setAt(e.target.value)}
        />
        <label htmlFor="interviewers">{t('interviewers')}</label>
        <input
          id="interviewers"
          name="interviewers"
          value={interviewers}
          onChange={(e) => setInterviewers(e.target.value)}
        />
        <label htmlFor="said">{t('said')}</label>
        <textarea
          id="said"
          name="said"
          rows={2}
          aria-describedby="said-hint"
          value={said}
          onChange={(e) => setSaid(e.target.value)}
        />
        <p id="said-hint" className="hint">
          {t('saidHint')}
        </p>
        <div aria-live="polite" className="preview">
          {reading ? <PromiseDates reading={reading} /> : null}
        </div>
        <label htmlFor="notes">{t('notes')}</label>
        <textarea
          id="notes"
          name="notes"
          rows={4}
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
        />
        <ErrorNote error={error} />
        <button type="submit" disabled={busy}>
          {t('save')}
        </button>
      </form>
    </section>
  );
}

/** Reads the words as the user types (debounced), on the company's calendar when it is known. */
function usePromisePreview(text: string, at: string, companyId: string | undefined) {
  const [reading, setReading] = useState<PromiseReading | null>(null);
  useEffect(() => {
    if (!text.trim() || !at) {
      setReading(null);
      return;
    }
    const timer = setTimeout(() => {
      api
        .post<{ reading: PromiseReading }>('/api/promises/preview', {
          text,
          from: at.slice(0, 10),
          ...(companyId ? { companyId } : {}),
        })
        .then((r) => setReading(r.reading))
        .catch(() => setReading(null));
    }, 250);
    return () => clearTimeout(timer);
  }, [text, at, companyId]);
  return reading;
}
