import type { ApplicationStatus } from '../application/status.js';
import { OUTCOMES, type Outcome, STAGES, type Stage } from '../domain/stage.js';

export interface Funnel {
  total: number;
  active: number;
  /** Active applications by their current stage. */
  byStage: Record<Stage, number>;
  byOutcome: Record<Outcome, number>;
  /** Applications that reached each stage (current stage at or beyond it, open or closed). */
  reached: Record<Stage, number>;
  /** No interview or stage recorded yet. */
  unstaged: number;
}

/**
 * Counts by stage for the funnel picture. "Reached" reads STAGES as an order: an application
 * rejected at interview_2 reached casual … interview_2 (a skipped stage counts as passed,
 * the only reading the current status allows).
 */
export function funnel(statuses: readonly ApplicationStatus[]): Funnel {
  const zero = <K extends string>(keys: readonly K[]) =>
    Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  const f: Funnel = {
    total: statuses.length,
    active: 0,
    byStage: zero(STAGES),
    byOutcome: zero(OUTCOMES),
    reached: zero(STAGES),
    unstaged: 0,
  };
  for (const s of statuses) {
    if (s.outcome) f.byOutcome[s.outcome]++;
    else f.active++;
    if (!s.stage) {
      f.unstaged++;
      continue;
    }
    if (!s.outcome) f.byStage[s.stage]++;
    const upTo = STAGES.indexOf(s.stage);
    for (const stage of STAGES.slice(0, upTo + 1)) f.reached[stage]++;
  }
  return f;
}
