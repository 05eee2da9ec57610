import { addDays, enDate, jaDate } from '../date-math.js';
import { join, promiseLine } from '../explain.js';
import { type FollowupRule, openWait } from '../rule.js';

/**
 * 待つ from t0 to the deadline (003: 7日目までは待つ). With no deadline (後日ご連絡します)
 * the wait lasts until the day before the inquiry opens: t0 Fri 11/20 → until Thu 11/26.
 * The reason does not count days left (todayList does): it stays the same every day, so a
 * calendar feed does not rewrite it daily.
 */
export const wait: FollowupRule = {
  id: 'wait',
  propose({ state, today }) {
    const c = openWait(state);
    if (!c) return [];
    const d = c.dates;
    const until = d.deadline ?? addDays(d.earliestInquiry ?? d.silentAfter, -1);
    if (today < d.t0 || today > until) return [];
    return [
      {
        action: 'wait',
        window: { from: d.t0, recommended: null, until },
        reason: join(
          promiseLine(c.promise.text, d),
          {
            ja: `${jaDate(until)} までは問い合わせずに待ちましょう。その間に他社の選考と振り返りを進めます`,
            en: `Until ${enDate(until)}, wait without asking, and meanwhile move other applications on and reflect`,
          },
          { ja: '（出典: 003, 002）', en: '(sources: 003, 002)' },
        ),
        source: '003',
        template: null,
      },
    ];
  },
};
