/** One measured figure: benchmarks measure, they do not assert (tests do that). */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  target?: string;
  notes?: string;
}

export type Bench = () => Promise<BenchResult[]>;

/** Median of repeated timings: a shared machine is noisy (spec/quality.md). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}
