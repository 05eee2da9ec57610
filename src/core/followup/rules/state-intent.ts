import { enDate, jaDate } from '../date-math.js';
import { contactKindOf } from '../events.js';
import type { FollowupRule } from '../rule.js';

/**
 * After a casual interview the user liked, say clearly that they want to go on (000). "Liked"
 * is read from the application's priority (第一志望 or 高): the only signal the data has.
 * Merged into thanks_after_casual; open for 2 business days (casual Fri 11/20 → Tue 11/24,
 * because Mon 11/23 is 勤労感謝の日).
 */
export const stateIntent: FollowupRule = {
  id: 'state-intent',
  propose({ input, state, today, cal }) {
    const last = state.held.at(-1);
    if (last?.event.data.stage !== 'casual' || state.outcome !== null) return [];
    if (input.application.priority !== 'first' && input.application.priority !== 'high') return [];
    const until = cal.addBusinessDays(last.date, 2);
    if (today > until) return [];
    const done = state.placed.some((p) => {
      if (p.index <= last.index) return false;
      if (contactKindOf(p.event) === 'state_intent') return true;
      const e = p.event;
      return (
        (e.type === 'email_sent' || e.type === 'call_made') &&
        e.data.template === 'thanks_after_casual'
      );
    });
    if (done) return [];
    return [
      {
        action: 'state_intent',
        window: { from: last.date, recommended: last.date, until },
        reason: {
          ja: `${jaDate(last.date)} のカジュアル面談も評価の一部です。選考に進みたい意思をお礼メールに添えて伝えましょう（${jaDate(until)} まで／出典: 000）`,
          en: `The casual interview on ${enDate(last.date)} counts as part of the selection. State that you want to go on, in the thank-you (by ${enDate(until)}; source: 000)`,
        },
        source: '000',
        template: 'thanks_after_casual',
      },
    ];
  },
};
