import { addDays, enDate, jaDate } from '../date-math.js';
import { contactKindOf } from '../events.js';
import type { FollowupRule } from '../rule.js';

/**
 * お礼メール on the interview day; still offered the next day (「昨日は…」), not after (000:
 * 当日中に). Interview Fri 11/20: offered 11/20 and 11/21, gone on 11/22.
 */
export const sendThanks: FollowupRule = {
  id: 'send-thanks',
  propose({ state, today }) {
    const last = state.held.at(-1);
    if (!last || state.outcome !== null) return [];
    const nextDay = addDays(last.date, 1);
    if (today > nextDay) return [];
    const sent = state.placed.some(
      (p) => p.index > last.index && contactKindOf(p.event) === 'thanks',
    );
    if (sent) return [];
    const late = today === nextDay;
    return [
      {
        action: 'send_thanks',
        window: { from: last.date, recommended: last.date, until: nextDay },
        reason: late
          ? {
              ja: `面接は昨日 ${jaDate(last.date)} でした。お礼は当日中が基本ですが、今日 ${jaDate(nextDay)} なら「昨日は…」として送れます（出典: 000）`,
              en: `The interview was yesterday, ${enDate(last.date)}. Thanks are best sent the same day; today, ${enDate(nextDay)}, a 「昨日は…」 thank-you still works (source: 000)`,
            }
          : {
              ja: `面接日 ${jaDate(last.date)} の当日中にお礼メールを送りましょう。翌日 ${jaDate(nextDay)} までなら送れます（出典: 000）`,
              en: `Send a thank-you on the interview day, ${enDate(last.date)}; it can still go out the next day, ${enDate(nextDay)} (source: 000)`,
            },
        source: '000',
        template:
          last.event.data.stage === 'casual' ? 'thanks_after_casual' : 'thanks_after_interview',
      },
    ];
  },
};
