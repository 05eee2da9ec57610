import { enDate, jaDate } from '../date-math.js';
import { contactKindOf } from '../events.js';
import type { FollowupRule } from '../rule.js';

/**
 * お礼(任意) after a rejection: a short thank-you leaves the door open, especially when the
 * message welcomes a re-application (004). Optional, offered for 2 business days: rejection
 * Fri 11/27 → until Tue 12/01.
 */
export const replyToRejection: FollowupRule = {
  id: 'reply-to-rejection',
  propose({ state, cal, today }) {
    const r = state.lastRejection;
    if (!r) return [];
    const until = cal.addBusinessDays(r.date, 2);
    if (today > until) return [];
    const sent = state.placed.some(
      (p) => p.index > r.index && contactKindOf(p.event) === 'reply_to_rejection',
    );
    if (sent) return [];
    return [
      {
        action: 'reply_to_rejection',
        window: { from: r.date, recommended: r.date, until },
        reason: {
          ja: `${jaDate(r.date)} に不採用の連絡がありました。返信は必須ではありませんが、${jaDate(until)} までに短いお礼を送ると、再応募や別職種の機会につながることがあります（出典: 004）`,
          en: `A rejection came on ${enDate(r.date)}. No reply is required, but a short thank-you by ${enDate(until)} keeps the door open for a re-application or another position (source: 004)`,
        },
        source: '004',
        template: 'reply_to_rejection',
        optional: true,
      },
    ];
  },
};
