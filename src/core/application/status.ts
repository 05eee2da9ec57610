import type { ApplicationEvent } from '../domain/entities.js';
import { type Outcome, STAGE_LABELS, type Stage } from '../domain/stage.js';

/** Where an application stands, derived from its events, with the event that made it so. */
export interface ApplicationStatus {
  stage: Stage | null;
  outcome: Outcome | null;
  /** The event the status comes from; null when there are no events yet. */
  sourceEventId: string | null;
  reason: { ja: string; en: string };
}

/**
 * The current stage and outcome are never stored: they are read off the append-only timeline
 * (spec/domain.md, Decision), so every status can say which event made it what it is.
 * Events are taken in the order given (the timeline order).
 */
export function deriveStatus(events: readonly ApplicationEvent[]): ApplicationStatus {
  let status: ApplicationStatus = {
    stage: null,
    outcome: null,
    sourceEventId: null,
    reason: { ja: 'まだ記録がありません', en: 'Nothing recorded yet' },
  };
  for (const event of events) {
    if (event.type === 'interview') {
      const label = STAGE_LABELS[event.data.stage];
      status = {
        stage: event.data.stage,
        outcome: status.outcome,
        sourceEventId: event.id,
        reason: {
          ja: `${label.ja}を ${event.occurredAt.slice(0, 10)} に記録`,
          en: `${label.en} recorded on ${event.occurredAt.slice(0, 10)}`,
        },
      };
    } else if (event.type === 'status') {
      status = {
        stage: event.data.stage ?? status.stage,
        outcome: event.data.outcome ?? (event.data.stage ? null : status.outcome),
        sourceEventId: event.id,
        reason: { ja: event.data.reason, en: event.data.reason },
      };
    }
  }
  return status;
}

/** An application is active while it has no outcome (rejected, withdrawn, accepted). */
export const isActive = (status: ApplicationStatus): boolean => status.outcome === null;
