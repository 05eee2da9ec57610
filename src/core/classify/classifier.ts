import type { Stage } from '../domain/stage.js';
import type { MessageCategory } from '../messages/categories.js';
import { CUE_LABELS, scoreMessage } from './features.js';
import { addressOf, isTemplateRejection, reapplyWelcome, stageMentioned } from './message-rules.js';
import type { LinearModel } from './model-types.js';

export interface ClassifyInput {
  subject?: string;
  body: string;
  from?: string;
  /** The user's own addresses: mail from them is `outgoing` whatever it says. */
  userAddresses?: string[];
}

export interface Classification {
  category: MessageCategory;
  /** Softmax probability of the category (the model's own, not a guarantee). */
  confidence: number;
  direction: 'incoming' | 'outgoing';
  reapplyWelcome: boolean;
  template: boolean;
  stageMentioned: Stage | null;
  /** The features that pushed hardest toward the category, readable. */
  cues: string[];
  scores: Record<MessageCategory, number>;
}

const MAX_CUES = 5;

/** Raw linear scores (before softmax) over the model's categories. */
export function scoreFeatures(model: LinearModel, index: number[], value: number[]): number[] {
  const k = model.categories.length;
  const scores = new Float64Array(k);
  for (let c = 0; c < k; c += 1) scores[c] = model.bias[c] ?? 0;
  const w = model.weights;
  for (let j = 0; j < index.length; j += 1) {
    const row = (index[j] as number) * k;
    const v = value[j] as number;
    for (let c = 0; c < k; c += 1) (scores[c] as number) += (w[row + c] as number) * v;
  }
  return Array.from(scores);
}

export function softmax(scores: readonly number[]): number[] {
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

/** Classify one message with a given model (the shipped one is bound in index.ts). */
export function classifyWith(model: LinearModel, input: ClassifyInput): Classification {
  const f = scoreMessage(model, denseIndexOf(model), input.subject ?? '', input.body);
  const raw = f.scores;
  const k = raw.length;
  const t = model.temperature ?? 1;
  // Softmax in place over the raw scores, tempered by T (kept in `raw` for the cue shares).
  let best = 0;
  for (let c = 1; c < k; c += 1) if ((raw[c] as number) > (raw[best] as number)) best = c;
  const probs = new Float64Array(k);
  let sum = 0;
  for (let c = 0; c < k; c += 1) {
    probs[c] = Math.exp(((raw[c] as number) - (raw[best] as number)) / t);
    sum += probs[c] as number;
  }
  const scores = {} as Record<MessageCategory, number>;
  for (let c = 0; c < k; c += 1) {
    probs[c] = (probs[c] as number) / sum;
    scores[model.categories[c] as MessageCategory] = probs[c] as number;
  }
  const fromSelf = isFromUser(input);
  const category: MessageCategory = fromSelf ? 'outgoing' : (model.categories[best] ?? 'other');
  const isRejection = category === 'rejection';
  return {
    category,
    confidence: fromSelf ? 1 : round(probs[best] ?? 0),
    direction: category === 'outgoing' ? 'outgoing' : 'incoming',
    reapplyWelcome: isRejection && reapplyWelcome(f.text),
    template: isRejection && isTemplateRejection(f.text),
    stageMentioned: stageMentioned(f.subject, f.text),
    cues: fromSelf ? ['差出人が自分のアドレス'] : topCues(model, f.denseRows, best, raw[best] ?? 0),
    scores,
  };
}

function isFromUser(input: ClassifyInput): boolean {
  if (!input.from || !input.userAddresses?.length) return false;
  const from = addressOf(input.from);
  return input.userAddresses.some((a) => addressOf(a) === from);
}

/**
 * Dense features with the largest positive contribution to category `c` (each fired cue is
 * valued 1); all n-grams together count as one entry. The top few are kept by insertion in
 * scratch arrays and only they are labelled: this runs for every message of an import.
 */
function topCues(model: LinearModel, denseRows: number[], c: number, score: number): string[] {
  const k = model.categories.length;
  let kept = 0;
  let denseSum = 0;
  for (const i of denseRows) {
    const contribution = model.weights[i * k + c] ?? 0;
    denseSum += contribution;
    kept = keepTop(contribution, i, kept);
  }
  kept = keepTop(score - (model.bias[c] ?? 0) - denseSum, NGRAMS, kept);
  const out: string[] = [];
  for (let j = 0; j < kept; j += 1) {
    const row = topRows[j] as number;
    const label =
      row === NGRAMS
        ? '文字の並び（n-gram）'
        : (CUE_LABELS.get(model.features[row] ?? '') ?? String(row));
    out.push(`${label} (+${(topValues[j] as number).toFixed(2)})`);
  }
  return out;
}

/** The n-gram block's stand-in row in topRows. */
const NGRAMS = -1;
/** The best MAX_CUES contributions so far, largest first, and their rows (scratch). */
const topValues = new Float64Array(MAX_CUES);
const topRows = new Int32Array(MAX_CUES);

/** Inserts a positive contribution among the `kept` best, keeping MAX_CUES; returns the new count. */
function keepTop(v: number, row: number, kept: number): number {
  if (!(v > 0)) return kept;
  let at = kept;
  // Ties keep the earlier entry first, as a stable sort would.
  while (at > 0 && (topValues[at - 1] as number) < v) at -= 1;
  if (at >= MAX_CUES) return kept;
  const last = Math.min(kept, MAX_CUES - 1);
  for (let j = last; j > at; j -= 1) {
    topValues[j] = topValues[j - 1] as number;
    topRows[j] = topRows[j - 1] as number;
  }
  topValues[at] = v;
  topRows[at] = row;
  return Math.min(kept + 1, MAX_CUES);
}

const INDEXES = new WeakMap<LinearModel, ReadonlyMap<string, number>>();

/** Rows of the model's dense features, by id (a model may carry fewer features than the code). */
function denseIndexOf(model: LinearModel): ReadonlyMap<string, number> {
  let index = INDEXES.get(model);
  if (!index) {
    index = new Map(model.features.map((id, i) => [id, i] as const));
    INDEXES.set(model, index);
  }
  return index;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
