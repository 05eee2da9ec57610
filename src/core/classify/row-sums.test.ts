import { describe, expect, it } from 'vitest';
import { MODEL } from './models/ja-linear@3.js';
import { jsRowSums, rowSumsFor, SIMD_ROW_SUMS } from './row-sums.js';

/** A deterministic stream of numbers in [0, 1) (no Math.random: a failure must replay). */
function stream(seed: number): () => number {
  let x = seed;
  return () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x / 2 ** 32;
  };
}

function weights(rows: number, k: number, seed: number): Float32Array {
  const next = stream(seed);
  return Float32Array.from({ length: rows * k }, () => Math.round((next() - 0.5) * 6000) / 1000);
}

/** Sums `count` random rows with a summer; the same seed gives the same rows. */
function sum(sums: ReturnType<typeof rowSumsFor>, rowCount: number, count: number, seed: number) {
  const next = stream(seed);
  const rows = sums.reserve(count);
  for (let j = 0; j < count; j += 1) rows[j] = Math.floor(next() * rowCount) * 10;
  const scores = Float64Array.from({ length: 10 }, (_, c) => c / 7);
  sums.add(count, scores, 0.0734);
  return [...scores];
}

describe('row sums', () => {
  it('run in WebAssembly SIMD on this runtime (Node 20 has it; the fallback is not what ships)', () => {
    expect(SIMD_ROW_SUMS).toBe(true);
  });

  it.each([0, 1, 7, 800, 4096, 100_000])(
    'are the JavaScript sums to the bit for %i rows',
    (count) => {
      const w = weights(2048, 10, count + 1);
      const simd = rowSumsFor(w, 10);
      const js = jsRowSums(w, 10);
      expect(simd).not.toBe(js);
      expect(sum(simd, 2048, count, 99)).toEqual(sum(js, 2048, count, 99));
    },
  );

  it('stay right after the memory grew, call after call', () => {
    const w = weights(512, 10, 5);
    const simd = rowSumsFor(w, 10);
    const js = jsRowSums(w, 10);
    for (const count of [10, 300_000, 5, 70_000, 0, 12]) {
      expect(sum(simd, 512, count, count)).toEqual(sum(js, 512, count, count));
    }
  });

  it('use the shipped model as it is', () => {
    const w = MODEL.weights as Float32Array;
    const rows = w.length / 10;
    expect(sum(rowSumsFor(w, 10), rows, 2000, 3)).toEqual(sum(jsRowSums(w, 10), rows, 2000, 3));
  });

  it('fall back to JavaScript for float64 weights or another number of categories', () => {
    const w64 = Float64Array.from(weights(64, 10, 1));
    expect(sum(rowSumsFor(w64, 10), 64, 500, 2)).toEqual(sum(jsRowSums(w64, 10), 64, 500, 2));
    const w7 = weights(64, 7, 1);
    const seven = rowSumsFor(w7, 7);
    const rows = seven.reserve(3);
    rows.set([0, 7, 63 * 7]);
    const scores = new Float64Array(7);
    seven.add(3, scores, 1);
    for (let c = 0; c < 7; c += 1) {
      const expected = (w7[c] as number) + (w7[7 + c] as number) + (w7[63 * 7 + c] as number);
      expect(scores[c]).toBe(expected);
    }
  });
});
