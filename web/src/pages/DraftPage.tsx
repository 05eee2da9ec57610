import { useEffect, useMemo, useState } from 'react';
import { DRAFT_TEMPLATES, getTemplate, isTemplateId } from '../../../src/core/drafts/registry.js';
import type { Draft } from '../../../src/core/drafts/types.js';
import { lintProduct, PRODUCT_RULES } from '../../../src/core/lint/product-rules.js';
import { CONTACT_ACTION, contactKindOfTemplate } from '../../../src/core/followup/events.js';
import type { Finding } from '../../../src/core/lint/types.js';
import { ApiError, api } from '../api.js';
import { ErrorNote } from '../components/ErrorNote.js';
import { useLoad } from '../components/useLoad.js';
import { useLang, useT } from '../i18n.js';
import { go } from '../router.js';

interface Prepared {
  draft: Draft;
  findings: Finding[];
}

/** The draft editor: the filled template, findings live as the user edits, a preview, output. */
export function DraftPage({
  applicationId,
  template,
}: {
  applicationId: string;
  template: string;
}) {
  const t = useT();
  const { data, error } = useLoad(
    () => api.get<Prepared>(`/api/applications/${applicationId}/drafts/${template}`),
    `${applicationId}/${template}`,
  );
  if (error) return <ErrorNote error={error} />;
  if (!data) return <p>{t('loading')}</p>;
  return <Editor applicationId={applicationId} prepared={data} />;
}

function Editor({ applicationId, prepared }: { applicationId: string; prepared: Prepared }) {
  const t = useT();
  const { lang } = useLang();
  const { draft } = prepared;
  const meta = isTemplateId(draft.template) ? getTemplate(draft.template) : null;
  const [subject, setSubject] = useState(draft.subject);
  const [body, setBody] = useState(draft.body);
  const [prose, setProse] = useState<Finding[]>(prepared.findings.filter((f) => !isProduct(f)));
  const [savedId, setSavedId] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const text = draft.medium === 'email' ? `件名：${subject}\n\n${body}` : body;
  // The product's own rules run in the browser on every keystroke; the prose rules (textlint,
  // dictionaries) run on the server a moment after typing stops.
  const product = useMemo(
    () =>
      lintProduct(text, {
        medium: draft.medium,
        requiredParts: draft.requiredParts,
        inquiry: draft.inquiry,
      }),
    [text, draft],
  );
  useEffect(() => {
    const timer = setTimeout(() => {
      api
        .post<{ findings: Finding[] }>('/api/drafts/lint', {
          text,
          medium: draft.medium,
          template: draft.template,
        })
        .then((r) => setProse(r.findings.filter((f) => !isProduct(f))))
        .catch(() => {});
    }, 600);
    return () => clearTimeout(timer);
  }, [text, draft.medium, draft.template]);
  const findings = [...product, ...prose].sort((a, b) => a.index - b.index);
  const errors = findings.filter((f) => f.severity === 'error').length;

  async function save(): Promise<string | null> {
    if (savedId) return savedId;
    try {
      const r = await api.post<{ draft: { id: string } }>(
        `/api/applications/${applicationId}/drafts`,
        {
          template: draft.template,
          subject,
          body,
        },
      );
      setSavedId(r.draft.id);
      return r.draft.id;
    } catch (e) {
      setError(e instanceof ApiError ? e : null);
      return null;
    }
  }
  async function download() {
    const id = await save();
    if (id) window.location.href = `/api/drafts/${id}/eml`;
  }
  async function send() {
    const id = await save();
    if (!id) return;
    try {
      const r = await api.post<{ scheduledAt: string }>(
        `/api/drafts/${id}/send`,
        errors > 0 ? { override: true } : {},
      );
      setStatus(`${t('scheduledFor')} ${r.scheduledAt.slice(0, 16).replace('T', ' ')}`);
    } catch (e) {
      setError(e instanceof ApiError ? e : null);
    }
  }
  async function markDone() {
    try {
      await api.post(`/api/applications/${applicationId}/actions`, {
        action: CONTACT_ACTION[contactKindOfTemplate(draft.template)],
        template: draft.template,
        medium: draft.medium,
        override: true,
      });
      setStatus(draft.medium === 'phone' ? t('callRecorded') : t('sentRecorded'));
    } catch (e) {
      setError(e instanceof ApiError ? e : null);
    }
  }
  return (
    <section aria-labelledby="draft-title">
      <p>
        <a href={`#/applications/${applicationId}`}>← {t('back')}</a>
      </p>
      <h1 id="draft-title">{meta ? meta.label[lang] : draft.template}</h1>
      {meta ? <p className="hint">{meta.when[lang]}</p> : null}
      <label htmlFor="d-template">{t('otherTemplate')}</label>
      <select
        id="d-template"
        value={draft.template}
        onChange={(e) => go(`draft/${applicationId}/${e.target.value}`)}
      >
        {DRAFT_TEMPLATES.map((tpl) => (
          <option key={tpl.id} value={tpl.id}>
            {tpl.medium === 'phone' ? '☎ ' : '✉ '}
            {tpl.label[lang]}
          </option>
        ))}
      </select>
      <div className="form">
        {draft.medium === 'email' ? (
          <>
            <label htmlFor="d-subject">{t('subject')}</label>
            <input
              id="d-subject"
              value={subject}
              onChange={(e) => {
                setSubject(e.target.value);
                setSavedId(null);
              }}
            />
          </>
        ) : null}
        <label htmlFor="d-body">
          {draft.medium === 'email' ? t('draftBody') : t('phoneScript')}
        </label>
        <textarea
          id="d-body"
          rows={18}
          value={body}
          onChange={(e) => {
            setBody(e.target.value);
            setSavedId(null);
          }}
        />
      </div>
      <section aria-labelledby="findings-title" className="panel">
        <h2 id="findings-title">
          {t('findings')} ({findings.length})
        </h2>
        <ul className="findings" aria-live="polite">
          {findings.map((f) => (
            <li
              key={`${f.ruleId}-${f.index}-${f.length}`}
              className={`finding ${f.severity}`}
              data-rule={f.ruleId}
            >
              <strong>
                {f.severity === 'error'
                  ? t('severityError')
                  : f.severity === 'warning'
                    ? t('severityWarning')
                    : t('severityInfo')}
              </strong>{' '}
              {f.line}:{f.column} {f.message[lang]}
              {f.suggestion ? <span className="meta"> → {f.suggestion}</span> : null}
            </li>
          ))}
        </ul>
        {findings.length === 0 ? <p className="empty">{t('noFindings')}</p> : null}
      </section>
      {draft.lines ? (
        <section aria-labelledby="script-title">
          <h2 id="script-title">{t('phoneScript')}</h2>
          <ol className="script">
            {draft.lines.map((line, i) =>
              line.speaker === 'you' ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: a script's lines are positional
                <li key={i} className="you">
                  <strong>{t('you')}:</strong> {line.text}
                </li>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: a script's lines are positional
                <li key={i} className="them">
                  <strong>{t('them')}:</strong> <em>{line.cue}</em>{' '}
                  <input aria-label={`${t('them')} ${i + 1}`} className="script-note" />
                </li>
              ),
            )}
          </ol>
        </section>
      ) : null}
      {draft.medium === 'email' ? (
        <section aria-labelledby="preview-title">
          <h2 id="preview-title">{t('preview')}</h2>
          <div className="mail-preview">
            <p>
              <strong>{t('subject')}:</strong> {subject}
            </p>
            <pre className="mail-text">{body}</pre>
          </div>
        </section>
      ) : null}
      <div className="actions">
        <button
          type="button"
          onClick={() => navigator.clipboard?.writeText(text).then(() => setStatus(t('copied')))}
        >
          {t('copy')}
        </button>
        {draft.medium === 'email' ? (
          <>
            <a
              className="button secondary-link"
              href={`mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`}
            >
              {t('openMailer')}
            </a>
            <button type="button" className="secondary" onClick={download}>
              {t('downloadEml')}
            </button>
            <button type="button" className="secondary" onClick={send}>
              {errors > 0 ? t('sendAnyway') : t('sendSmtp')}
            </button>
          </>
        ) : null}
        <button type="button" className="secondary" onClick={markDone}>
          {draft.medium === 'phone' ? t('callMade') : t('markSent')}
        </button>
      </div>
      <p role="status">{status}</p>
      <ErrorNote error={error} />
    </section>
  );
}

/** Findings the server sends that the browser computes itself (same rules, same ids). */
const PRODUCT_IDS = new Set(PRODUCT_RULES.map((rule) => rule.id));
const isProduct = (f: Finding) => PRODUCT_IDS.has(f.ruleId);
