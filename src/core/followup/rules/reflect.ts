import { addDays, enDate, jaDate } from '../date-math.js';
import { isReflection } from '../events.js';
import type { FollowupRule } from '../rule.js';

/**
 * 振り返り after every interview and every rejection (002, 003, 004), until the user records a
 * reflection note after it (a `note` with data.kind 'reflection', see events.ts). One per
 * application, anchored on the latest interview or rejection.
 *
 * The seeds ask for it while the memory is fresh; they set no end. While the application is open
 * it stays; once rejected, it stays REFLECT_DAYS after the rejection, so a year of closed
 * applications does not pile up on the today list (a reflection can still be written from the
 * application and reflections pages at any time).
 */
export const REFLECT_DAYS = 14;

export const reflect: FollowupRule = {
  id: 'reflect',
  propose({ state, today }) {
    const interview = state.held.at(-1);
    const rejection = state.lastRejection;
    const anchor =
      rejection && (!interview || rejection.index > interview.index) ? rejection : interview;
    // Withdrawn or accepted: the selection is over by the user's choice, nothing to reflect on.
    if (!anchor || (state.outcome !== null && state.outcome !== 'rejected')) return [];
    if (state.placed.some((p) => p.index > anchor.index && isReflection(p.event))) return [];
    const afterRejection = anchor === rejection;
    const until = afterRejection ? addDays(anchor.date, REFLECT_DAYS) : null;
    if (until && today > until) return [];
    return [
      {
        action: 'reflect',
        window: { from: anchor.date, recommended: anchor.date, until },
        reason: afterRejection
          ? {
              ja: `${jaDate(anchor.date)} の不採用を次に活かしましょう。うまく話せた点・伝わらなかった点をメモに残します（出典: 004）`,
              en: `Make the rejection of ${enDate(anchor.date)} count: note what went well and what did not come across (source: 004)`,
            }
          : {
              ja: `${jaDate(anchor.date)} の面接の記憶が新しいうちに、質問と答え・手応え・次への課題をメモに残しましょう（出典: 002, 003）`,
              en: `While the interview of ${enDate(anchor.date)} is fresh, note the questions, your answers and what to improve (sources: 002, 003)`,
            },
        source: afterRejection ? '004' : '002',
        template: null,
      },
    ];
  },
};
