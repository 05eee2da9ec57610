import { describe, expect, it } from 'vitest';
import type { ApplicationEvent } from '../domain/entities.js';
import { deriveStatus, isActive } from './status.js';

const base = { applicationId: 'a1', recordedAt: '2026-11-20T18:00:00+09:00' };
const interview = (id: string, stage: 'interview_1' | 'final', at: string): ApplicationEvent => ({
  ...base,
  id,
  type: 'interview',
  occurredAt: at,
  data: { stage, at },
});

describe('deriveStatus', () => {
  it('has no stage before any event', () => {
    const status = deriveStatus([]);
    expect(status).toMatchObject({ stage: null, outcome: null, sourceEventId: null });
    expect(isActive(status)).toBe(true);
  });

  it('takes the stage of the latest interview and names the event', () => {
    const status = deriveStatus([
      interview('e1', 'interview_1', '2026-11-10T10:00:00+09:00'),
      interview('e2', 'final', '2026-11-20T14:00:00+09:00'),
    ]);
    expect(status).toMatchObject({ stage: 'final', outcome: null, sourceEventId: 'e2' });
    expect(status.reason.ja).toContain('最終面接');
  });

  it('closes on a rejection and explains with its reason', () => {
    const status = deriveStatus([
      interview('e1', 'final', '2026-11-20T14:00:00+09:00'),
      {
        ...base,
        id: 'e2',
        type: 'status',
        occurredAt: '2026-11-26T10:00:00+09:00',
        data: { outcome: 'rejected', reason: '不採用のメールを受信', messageId: 'm1' },
      },
    ]);
    expect(status).toMatchObject({ stage: 'final', outcome: 'rejected', sourceEventId: 'e2' });
    expect(isActive(status)).toBe(false);
    expect(status.reason.ja).toBe('不採用のメールを受信');
  });

  it('reopens when a later status names a stage (a correction is a new event)', () => {
    const status = deriveStatus([
      {
        ...base,
        id: 'e1',
        type: 'status',
        occurredAt: '2026-11-26T10:00:00+09:00',
        data: { outcome: 'rejected', reason: '誤分類' },
      },
      {
        ...base,
        id: 'e2',
        type: 'status',
        occurredAt: '2026-11-26T11:00:00+09:00',
        data: { stage: 'interview_2', reason: '通過の連絡（訂正）' },
      },
    ]);
    expect(status).toMatchObject({ stage: 'interview_2', outcome: null });
  });
});
