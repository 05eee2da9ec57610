import { type FormEvent, useState } from 'react';
import { STAGE_LABELS } from '../../../src/core/domain/stage.js';
import { signsFor } from '../../../src/core/signals/catalogue.js';
import { readSigns } from '../../../src/core/signals/read-signs.js';
import { signStageOf } from '../../../src/core/signals/sign-stage.js';
import type { Sign } from '../../../src/core/signals/types.js';
import { api } from '../api.js';
import { ErrorNote } from '../components/ErrorNote.js';
import { formatDate, useLang } from '../i18n.js';
import { useSignalWords } from '../signals-words.js';
import { ReadingPanel } from './ReadingPanel.js';
import type { InterviewRef } from './types.js';
import { useSave } from './useSave.js';

/**
 * Tick the signs of the latest interview. The reading is computed in the browser with the same
 * core the server uses, so it follows every tick; saving stores the ticks.
 */
export function SignsSection(props: {
  applicationId: string;
  interview: InterviewRef;
  initial: readonly string[];
}) {
  const { lang } = useLang();
  const w = useSignalWords();
  const [ticked, setTicked] = useState<string[]>([...props.initial]);
  const save = useSave();
  const { interview } = props;
  const stage = signStageOf(interview.stage);
  const signs = stage ? signsFor(stage) : [];
  const reading = readSigns(ticked, {
    stage: interview.stage,
    ...(interview.promiseText ? { promiseText: interview.promiseText } : {}),
  });
  const toggle = (id: string, on: boolean) =>
    setTicked((now) => (on ? [...now, id] : now.filter((x) => x !== id)));

  function submit(event: FormEvent) {
    event.preventDefault();
    void save.run(() =>
      api.put(`/api/reviews/applications/${props.applicationId}/signs`, {
        eventId: interview.eventId,
        signs: ticked,
      }),
    );
  }

  return (
    <section aria-labelledby="signs-title">
      <h2 id="signs-title">{w('signsTitle')}</h2>
      <p className="meta">
        {w('latestInterview')}: {STAGE_LABELS[interview.stage][lang]} ·{' '}
        {formatDate(interview.at, lang)}
      </p>
      {interview.promiseText ? (
        <p className="meta">
          {w('promiseSaid')}: 「{interview.promiseText}」
        </p>
      ) : null}
      {signs.length === 0 ? <p className="empty">{w('noSignsForStage')}</p> : null}
      {signs.length > 0 ? (
        <form className="form" onSubmit={submit}>
          <p className="hint">{w('signsHint')}</p>
          <SignGroup
            legend={w('positiveSigns')}
            signs={signs.filter((s) => s.polarity === 'positive')}
            ticked={ticked}
            onToggle={toggle}
          />
          <SignGroup
            legend={w('negativeSigns')}
            signs={signs.filter((s) => s.polarity === 'negative')}
            ticked={ticked}
            onToggle={toggle}
          />
          <ErrorNote error={save.error} />
          <button type="submit" disabled={save.busy}>
            {w('saveSigns')}
          </button>
          <p role="status" className="meta">
            {save.saved ? w('saved') : ''}
          </p>
        </form>
      ) : null}
      {signs.length > 0 ? <ReadingPanel reading={reading} /> : null}
    </section>
  );
}

function SignGroup(props: {
  legend: string;
  signs: readonly Sign[];
  ticked: readonly string[];
  onToggle: (id: string, on: boolean) => void;
}) {
  const { lang } = useLang();
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.signs.map((sign) => (
        // One sign a line: the labels are sentences and must wrap at 390px.
        <label key={sign.id} className="check" style={{ display: 'flex', alignItems: 'baseline' }}>
          <input
            type="checkbox"
            name="signs"
            value={sign.id}
            checked={props.ticked.includes(sign.id)}
            onChange={(e) => props.onToggle(sign.id, e.target.checked)}
          />
          <span>
            {sign.label[lang]}
            <span className="meta"> ({sign.sources.join('・')})</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
