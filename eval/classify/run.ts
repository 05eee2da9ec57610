/**
 * Classification accuracy (spec/quality.md): train, validation and every heldout file.
 *
 * Line format of eval/classify/{dev,heldout}/*.jsonl — one JSON object a line:
 *   {"id":"h1","subject":"選考結果のご連絡","body":"…","from":"saiyo@example.co.jp",
 *    "category":"rejection","reapplyWelcome":false,"template":true,"notes":"optional"}
 * `category` is one of: rejection next_step document_request scheduling offer offer_meeting
 * status_update acknowledgement other outgoing. `subject`, `from`, `reapplyWelcome`,
 * `template` and `notes` may be omitted. Heldout files are read only here, never by train.ts.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { classifyMessage, MODEL_ID } from '../../src/core/classify/index.js';
import type { EvalReport } from '../types.js';
import { type Labeled, loadJsonl } from './load.js';
import { summarize } from './metrics.js';

const here = import.meta.dirname;

function flagAccuracy(rows: readonly Labeled[], key: 'reapplyWelcome' | 'template'): string {
  const rej = rows.filter((r) => r.category === 'rejection' && r[key] !== undefined);
  if (rej.length === 0) return `${key}: no labels`;
  const ok = rej.filter(
    (r) => classifyMessage({ subject: r.subject ?? '', body: r.body })[key] === r[key],
  );
  return `${key} right on ${ok.length}/${rej.length} labeled rejections`;
}

function evaluateSet(name: string, rows: readonly Labeled[]) {
  const scored = rows.map((r) => ({
    gold: r.category,
    predicted: classifyMessage({ subject: r.subject ?? '', body: r.body }).category,
  }));
  const s = summarize(name, scored);
  s.lines.push(flagAccuracy(rows, 'reapplyWelcome'), '', flagAccuracy(rows, 'template'), '');
  return s;
}

/** The whole report; tuning uses `evaluateSets(false)` so heldout results are never seen. */
export default async function evaluate(): Promise<EvalReport> {
  return evaluateSets(true);
}

export function evaluateSets(includeHeldout: boolean): EvalReport {
  const lines = [`model ${MODEL_ID}; the From address is not used here (wording only).`, ''];
  const metrics: Record<string, number> = {};
  const sets: [string, string][] = [
    ['train', join(here, 'dev', 'train.jsonl')],
    ['validation', join(here, 'dev', 'validation.jsonl')],
  ];
  const heldout = join(here, 'heldout');
  if (includeHeldout && existsSync(heldout)) {
    for (const f of readdirSync(heldout)
      .filter((f) => f.endsWith('.jsonl'))
      .sort()) {
      sets.push([`heldout/${f}`, join(heldout, f)]);
    }
  }
  for (const [name, path] of sets) {
    const s = evaluateSet(name, loadJsonl(path));
    lines.push(...s.lines);
    for (const [k, v] of Object.entries(s.metrics)) metrics[`${name}.${k}`] = v;
  }
  return { name: 'classify: message categories', lines, metrics };
}
