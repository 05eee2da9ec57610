import { STAGE_LABELS } from '../../../src/core/domain/stage.js';
import { api } from '../api.js';
import { ErrorNote } from '../components/ErrorNote.js';
import { useLoad } from '../components/useLoad.js';
import { useLang, useT } from '../i18n.js';
import { OfferChecklistForm } from '../review/OfferChecklistForm.js';
import { Cite } from '../review/ReadingPanel.js';
import { ReflectionForm } from '../review/ReflectionForm.js';
import { SignsSection } from '../review/SignsSection.js';
import { StatementsSection } from '../review/StatementsSection.js';
import type { ReviewView } from '../review/types.js';
import { useSignalWords } from '../signals-words.js';

/** #/review/<applicationId>: signs and reading, stage guidance, statements, checklist, reflection. */
export function ReviewPage({ id }: { id: string }) {
  const t = useT();
  const w = useSignalWords();
  const { lang } = useLang();
  const { data, error, reload } = useLoad(
    () => api.get<ReviewView>(`/api/reviews/applications/${id}`),
    id,
  );
  if (error) return <ErrorNote error={error} />;
  if (!data) return <p>{t('loading')}</p>;
  const { interview, guidance } = data;
  const eventId = interview?.eventId ?? null;
  const reflection = data.reflections.find((r) => r.eventId === eventId)?.reflection ?? null;
  // Before a post-final meeting, what was said before comes first (001: stay consistent).
  const reviewFirst = data.status.stage === 'after_final' || data.status.stage === 'offer_meeting';
  const statements = (
    <StatementsSection
      applicationId={id}
      currentStage={data.status.stage}
      statements={data.statements}
      warnings={data.warnings}
      onSaved={reload}
    />
  );
  return (
    <article aria-labelledby="review-title">
      <p>
        <a href={`#/applications/${id}`}>← {w('back')}</a>
      </p>
      <h1 id="review-title">
        {data.company.name} — {w('reviewTitle')}
      </h1>
      {guidance ? (
        <section aria-labelledby="guidance-title" className="panel">
          <h2 id="guidance-title">
            {w('stageTitle')}: {STAGE_LABELS[guidance.stage][lang]}
          </h2>
          <p>
            {guidance.meaning[lang]}
            {guidance.sources.map((s) => (
              <Cite key={s} source={s} />
            ))}
          </p>
          <ul>
            {guidance.todo.map((item) => (
              <li key={item.ja}>{item[lang]}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {reviewFirst ? statements : null}
      {interview ? (
        <SignsSection
          key={interview.eventId}
          applicationId={id}
          interview={interview}
          initial={data.signs}
        />
      ) : (
        <p className="empty">{w('noInterview')}</p>
      )}
      {reviewFirst ? null : statements}
      {data.showOfferChecklist ? (
        <OfferChecklistForm applicationId={id} initial={data.offerChecklist} />
      ) : null}
      <ReflectionForm
        key={eventId ?? 'application'}
        applicationId={id}
        eventId={eventId}
        initial={reflection}
        onSaved={reload}
      />
      <p>
        <a href="#/reflections">{w('reflectionsTitle')} →</a>
      </p>
    </article>
  );
}
