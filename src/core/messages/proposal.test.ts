import { describe, expect, it } from 'vitest';
import type { ApplicationStatus } from '../application/status.js';
import { proposeChanges } from './proposal.js';

const at = (stage: ApplicationStatus['stage']): ApplicationStatus => ({
  stage,
  outcome: null,
  sourceEventId: 'e1',
  reason: { ja: '', en: '' },
});

describe('proposeChanges', () => {
  it('a rejection closes the application and suggests the optional reply and a reflection', () => {
    const p = proposeChanges({ category: 'rejection', status: at('final'), dates: [] });
    expect(p.changes).toEqual([
      { type: 'outcome', outcome: 'rejected' },
      { type: 'action', action: 'reply_to_rejection', due: null },
      { type: 'action', action: 'reflect', due: null },
    ]);
  });

  it.each([
    ['interview_1', 'interview_2'],
    ['interview_2', 'interview_n'],
    ['final', 'after_final'],
    ['document', 'interview_1'],
  ] as const)(
    'a pass after %s moves to %s and asks for a reply by the date in the mail',
    (from, to) => {
      const p = proposeChanges({ category: 'next_step', status: at(from), dates: ['2026-12-01'] });
      expect(p.changes).toEqual([
        { type: 'stage', stage: to },
        { type: 'action', action: 'reply', due: '2026-12-01' },
      ]);
    },
  );

  it('a status update with a new date becomes a new promise; without one, nothing changes', () => {
    const withDate = proposeChanges({
      category: 'status_update',
      status: at('final'),
      dates: ['2026-12-04'],
      promiseText: '12月4日までにご連絡いたします',
    });
    expect(withDate.changes).toEqual([{ type: 'promise', text: '12月4日までにご連絡いたします' }]);
    const without = proposeChanges({ category: 'status_update', status: at('final'), dates: [] });
    expect(without.changes).toEqual([]);
    expect(without.reason.ja).toContain('変更はありません');
  });

  it('acknowledgements, mass mail and the user’s own mail change nothing', () => {
    for (const category of ['acknowledgement', 'other', 'outgoing'] as const) {
      expect(proposeChanges({ category, status: at('interview_1'), dates: [] }).changes).toEqual(
        [],
      );
    }
  });
});
