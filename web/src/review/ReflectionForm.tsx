import { type FormEvent, useState } from 'react';
import { splitQuestions } from '../../../src/core/signals/reflection.js';
import { api } from '../api.js';
import { ErrorNote } from '../components/ErrorNote.js';
import { useSignalWords } from '../signals-words.js';
import type { Reflection } from './types.js';
import { useSave } from './useSave.js';

const FIELDS = ['betterAnswers', 'delivery', 'research', 'nextTime'] as const;

/** The reflection on one interview, in the parts the seeds suggest (002, 003, 004). */
export function ReflectionForm(props: {
  applicationId: string;
  eventId: string | null;
  initial: Reflection | null;
  onSaved: () => void;
}) {
  const w = useSignalWords();
  const save = useSave();
  const [questions, setQuestions] = useState(props.initial?.questions.join('\n') ?? '');
  const [parts, setParts] = useState<Record<(typeof FIELDS)[number], string>>({
    betterAnswers: props.initial?.betterAnswers ?? '',
    delivery: props.initial?.delivery ?? '',
    research: props.initial?.research ?? '',
    nextTime: props.initial?.nextTime ?? '',
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    void save
      .run(() =>
        api.put(`/api/reviews/applications/${props.applicationId}/reflection`, {
          ...(props.eventId ? { eventId: props.eventId } : {}),
          reflection: { questions: splitQuestions(questions), ...parts },
        }),
      )
      .then((ok) => ok && props.onSaved());
  }

  return (
    <section aria-labelledby="reflection-title">
      <h2 id="reflection-title">{w('reflectionTitle')}</h2>
      <form className="form" onSubmit={submit}>
        <label htmlFor="rf-questions">{w('questions')}</label>
        <textarea
          id="rf-questions"
          rows={4}
          value={questions}
          onChange={(e) => setQuestions(e.target.value)}
        />
        {FIELDS.map((field) => (
          <div key={field} className="form">
            <label htmlFor={`rf-${field}`}>{w(field)}</label>
            <textarea
              id={`rf-${field}`}
              rows={3}
              value={parts[field]}
              onChange={(e) => setParts({ ...parts, [field]: e.target.value })}
            />
          </div>
        ))}
        <ErrorNote error={save.error} />
        <button type="submit" disabled={save.busy}>
          {w('saveReflection')}
        </button>
        <p role="status" className="meta">
          {save.saved ? w('saved') : ''}
        </p>
      </form>
    </section>
  );
}
