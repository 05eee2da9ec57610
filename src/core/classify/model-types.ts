import type { MessageCategory } from '../messages/categories.js';

/**
 * A linear model stored as data (STYLE 13): one weight row per feature, one column per
 * category. Dense features are the named cues (explainable); the rest are hashed character
 * bigrams of the subject and the body, `buckets` of them.
 */
export interface LinearModel {
  name: string;
  version: number;
  categories: readonly MessageCategory[];
  /** Dense feature ids, in weight-row order (see features.ts for how they are named). */
  features: readonly string[];
  /** A power of two (features.ts masks the hash). */
  buckets: number;
  /** Row-major: (features.length + buckets) × categories.length. */
  weights: ArrayLike<number>;
  /** Per-category bias. */
  bias: readonly number[];
  /**
   * Softmax temperature fitted on the validation split (train.ts): a model that fits its
   * training set perfectly is over-confident, and dividing the scores by T > 1 tempers it.
   */
  temperature?: number;
}

/** Weights are stored as text, thousandths as integers, "" for 0 (most hashed buckets). */
export const WEIGHT_SCALE = 1000;

export function encodeWeights(weights: ArrayLike<number>): string {
  return Array.from(weights, (w) => {
    const q = Math.round(w * WEIGHT_SCALE);
    return q === 0 ? '' : String(q);
  }).join(',');
}

export function decodeWeights(text: string): Float32Array {
  const parts = text.split(',');
  // Float32 halves the memory the scoring loop walks (weights are thousandths anyway).
  const out = new Float32Array(parts.length);
  for (let i = 0; i < parts.length; i += 1) {
    const p = parts[i];
    if (p) out[i] = Number(p) / WEIGHT_SCALE;
  }
  return out;
}
