import { type FormEvent, useState } from 'react';
import {
  OFFER_CHECKLIST_ITEMS,
  checklistProgress,
} from '../../../src/core/signals/offer-checklist.js';
import { api } from '../api.js';
import { ErrorNote } from '../components/ErrorNote.js';
import { useLang } from '../i18n.js';
import { useSignalWords } from '../signals-words.js';
import type { ChecklistEntry } from './types.js';
import { useSave } from './useSave.js';

/** The eight things to confirm at the offer meeting (001), with the user's questions and answers. */
export function OfferChecklistForm(props: {
  applicationId: string;
  initial: readonly ChecklistEntry[];
}) {
  const { lang } = useLang();
  const w = useSignalWords();
  const save = useSave();
  const [entries, setEntries] = useState<ChecklistEntry[]>([...props.initial]);
  const progress = checklistProgress(entries);
  const update = (id: string, patch: Partial<ChecklistEntry>) =>
    setEntries((now) => now.map((e) => (e.id === id ? { ...e, ...patch } : e)));

  function submit(event: FormEvent) {
    event.preventDefault();
    void save.run(() =>
      api.put(`/api/reviews/applications/${props.applicationId}/offer-checklist`, {
        items: entries,
      }),
    );
  }

  return (
    <section aria-labelledby="offer-title">
      <h2 id="offer-title">{w('offerTitle')}</h2>
      <p className="hint">{w('offerHint')}</p>
      <p className="meta">
        {w('progress')}: {progress.done} / {progress.total}
      </p>
      <form className="form" onSubmit={submit}>
        {OFFER_CHECKLIST_ITEMS.map((item) => {
          const entry = entries.find((e) => e.id === item.id);
          if (!entry) return null;
          return (
            <fieldset key={item.id}>
              <legend>{item.label[lang]}</legend>
              <p className="meta">{item.hint[lang]}</p>
              <label htmlFor={`of-${item.id}-q`}>{w('yourQuestion')}</label>
              <input
                id={`of-${item.id}-q`}
                aria-label={`${item.label[lang]}: ${w('yourQuestion')}`}
                value={entry.question}
                onChange={(e) => update(item.id, { question: e.target.value })}
              />
              <label htmlFor={`of-${item.id}-a`}>{w('theirAnswer')}</label>
              <textarea
                id={`of-${item.id}-a`}
                aria-label={`${item.label[lang]}: ${w('theirAnswer')}`}
                rows={2}
                value={entry.answer}
                onChange={(e) => update(item.id, { answer: e.target.value })}
              />
              <label className="check">
                <input
                  type="checkbox"
                  checked={entry.done}
                  aria-label={`${item.label[lang]}: ${w('confirmed')}`}
                  onChange={(e) => update(item.id, { done: e.target.checked })}
                />
                {w('confirmed')}
              </label>
            </fieldset>
          );
        })}
        <ErrorNote error={save.error} />
        <button type="submit" disabled={save.busy}>
          {w('saveChecklist')}
        </button>
        <p role="status" className="meta">
          {save.saved ? w('saved') : ''}
        </p>
      </form>
    </section>
  );
}
