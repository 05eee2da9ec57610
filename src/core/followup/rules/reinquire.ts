import { enDate, jaDate } from '../date-math.js';
import { join } from '../explain.js';
import { type FollowupRule, openWait } from '../rule.js';
import { routeLine } from './contact-route.js';

/**
 * 再確認: once, from the 3rd business day after the first inquiry, if no reply (002: 問い合わせは
 * 1回にとどめ、最低でも数日間は返信を待って). Inquiry Mon 11/30 → from Thu 12/03. After the
 * re-inquiry nothing more is proposed: never a third (002 NG③).
 */
export const reinquire: FollowupRule = {
  id: 'reinquire',
  propose({ input, state, cal }) {
    const c = openWait(state);
    const first = c?.inquiries[0];
    // Pass-only: even if the user inquired anyway (an override), no follow-up is proposed.
    if (!c || !first || c.inquiries.length !== 1 || c.dates.passOnly) return [];
    const from = cal.addBusinessDays(first.date, 3);
    return [
      {
        action: 'reinquire',
        window: { from, recommended: from, until: null },
        reason: join(
          {
            ja: `${jaDate(first.date)} の問い合わせに返信がありません。3営業日後の ${jaDate(from)} から、1回だけ再確認できます。これ以上の連絡は控えましょう（出典: 002）`,
            en: `No reply to the inquiry of ${enDate(first.date)}. From the 3rd business day after it, ${enDate(from)}, one re-inquiry is fine; no more after that (source: 002)`,
          },
          routeLine(input.application.route),
        ),
        source: '002',
        template: 'reinquiry',
      },
    ];
  },
};
