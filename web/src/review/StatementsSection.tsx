import { type FormEvent, useState } from 'react';
import { STAGES, STAGE_LABELS, type Stage } from '../../../src/core/domain/stage.js';
import {
  STATEMENT_TOPICS,
  type StatementTopic,
  TOPIC_LABELS,
} from '../../../src/core/signals/statements.js';
import { api } from '../api.js';
import { ErrorNote } from '../components/ErrorNote.js';
import { formatDate, useLang } from '../i18n.js';
import { useSignalWords } from '../signals-words.js';
import type { ConsistencyWarning, StatementRow } from './types.js';
import { useSave } from './useSave.js';

/** What the user told this company, the form to add to it, and the consistency warnings. */
export function StatementsSection(props: {
  applicationId: string;
  currentStage: Stage | null;
  statements: readonly StatementRow[];
  warnings: readonly ConsistencyWarning[];
  onSaved: () => void;
}) {
  const { lang } = useLang();
  const w = useSignalWords();
  const save = useSave();
  const [topic, setTopic] = useState<StatementTopic>('preference');
  const [stage, setStage] = useState<Stage>(props.currentStage ?? 'interview_1');
  const [text, setText] = useState('');
  const [firstChoice, setFirstChoice] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    void save
      .run(() =>
        api.post(`/api/reviews/applications/${props.applicationId}/statements`, {
          stage,
          topic,
          text,
          // Only an explicit tick overrides what the words say (「第一志望です」 is read as such).
          ...(topic === 'preference' && firstChoice ? { firstChoice: true } : {}),
        }),
      )
      .then((ok) => {
        if (!ok) return;
        setText('');
        setFirstChoice(false);
        props.onSaved();
      });
  }

  return (
    <section aria-labelledby="statements-title">
      <h2 id="statements-title">{w('statementsTitle')}</h2>
      <section aria-labelledby="warnings-title" className="panel">
        <h3 id="warnings-title">{w('warningsTitle')}</h3>
        {props.warnings.length === 0 ? <p className="meta">{w('noWarnings')}</p> : null}
        <ul className="warnings">
          {props.warnings.map((warning) => (
            <li key={`${warning.kind}-${warning.statementIds.join('-')}`} className="warn">
              {warning.message[lang]}
            </li>
          ))}
        </ul>
      </section>
      <p className="hint">{w('statementsHint')}</p>
      {props.statements.length === 0 ? <p className="empty">{w('noStatements')}</p> : null}
      <ul className="cards">
        {props.statements.map((s) => (
          <li key={s.id} className="card">
            <span className="meta">
              {TOPIC_LABELS[s.topic][lang]} · {STAGE_LABELS[s.stage][lang]} ·{' '}
              {formatDate(s.recordedAt, lang)}
            </span>
            <br />
            {s.text}
          </li>
        ))}
      </ul>
      <form className="form" onSubmit={submit}>
        <label htmlFor="st-topic">{w('topic')}</label>
        <select
          id="st-topic"
          value={topic}
          onChange={(e) => setTopic(e.target.value as StatementTopic)}
        >
          {STATEMENT_TOPICS.map((t) => (
            <option key={t} value={t}>
              {TOPIC_LABELS[t][lang]}
            </option>
          ))}
        </select>
        <label htmlFor="st-stage">{w('statementStage')}</label>
        <select id="st-stage" value={stage} onChange={(e) => setStage(e.target.value as Stage)}>
          {STAGES.map((s) => (
            <option key={s} value={s}>
              {STAGE_LABELS[s][lang]}
            </option>
          ))}
        </select>
        <label htmlFor="st-text">{w('statementText')}</label>
        <textarea
          id="st-text"
          rows={3}
          required
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        {topic === 'preference' ? (
          <label className="check">
            <input
              type="checkbox"
              checked={firstChoice}
              onChange={(e) => setFirstChoice(e.target.checked)}
            />
            {w('firstChoice')}
          </label>
        ) : null}
        <ErrorNote error={save.error} />
        <button type="submit" disabled={save.busy}>
          {w('addStatement')}
        </button>
      </form>
    </section>
  );
}
