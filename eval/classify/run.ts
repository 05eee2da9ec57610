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

/** Expected calibration error over 5 confidence bins: is "0.8" right about 80% of the time? */
function calibration(results: readonly { confidence: number; right: boolean }[]) {
  let ece = 0;
  const bins: string[] = [];
  for (let i = 0; i < 5; i += 1) {
    const lo = i / 5;
    const inBin = results.filter((r) => r.confidence > lo && r.confidence <= lo + 0.2);
    if (inBin.length === 0) continue;
    const acc = inBin.filter((r) => r.right).length / inBin.length;
    const conf = inBin.reduce((a, r) => a + r.confidence, 0) / inBin.length;
    ece += (inBin.length / results.length) * Math.abs(acc - conf);
    bins.push(
      `(${lo.toFixed(1)},${(lo + 0.2).toFixed(1)}] n=${inBin.length} acc ${acc.toFixed(2)}`,
    );
  }
  return { ece, line: `calibration: ECE ${ece.toFixed(3)}; ${bins.join('; ')}` };
}

function evaluateSet(name: string, rows: readonly Labeled[]) {
  const results = rows.map((r) => {
    const c = classifyMessage({ subject: r.subject ?? '', body: r.body });
    return { gold: r.category, predicted: c.category, confidence: c.confidence };
  });
  const s = summarize(name, results);
  const cal = calibration(results.map((r) => ({ ...r, right: r.gold === r.predicted })));
  s.lines.push(flagAccuracy(rows, 'reapplyWelcome'), '', flagAccuracy(rows, 'template'), '');
  s.lines.push(cal.line, '');
  return { lines: s.lines, metrics: { ...s.metrics, ece: cal.ece } };
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
  const report = (name: string, rows: readonly Labeled[]) => {
    const s = evaluateSet(name, rows);
    lines.push(...s.lines);
    for (const [k, v] of Object.entries(s.metrics)) metrics[`${name}.${k}`] = v;
  };
  // A set written in parts (messages-6a, messages-6b) is also reported whole, and so are all
  // held-out sets together.
  const pools = new Map<string, Labeled[]>();
  const pool = (name: string, rows: readonly Labeled[]) => {
    const into = pools.get(name) ?? [];
    into.push(...rows);
    pools.set(name, into);
  };
  for (const [name, path] of sets) {
    const rows = loadJsonl(path);
    report(name, rows);
    const set = /^heldout\/messages-(\d+)[a-z]\.jsonl$/.exec(name)?.[1];
    if (set) pool(`heldout/set ${set}`, rows);
    if (name.startsWith('heldout/')) pool('heldout/all', rows);
  }
  for (const [name, rows] of pools) report(name, rows);
  return { name: 'classify: message categories', lines, metrics };
}
