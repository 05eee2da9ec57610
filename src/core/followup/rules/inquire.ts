import { enDate, jaDate } from '../date-math.js';
import { earliestLine, join, promiseLine } from '../explain.js';
import { type FollowupRule, openWait } from '../rule.js';
import { routeLine } from './contact-route.js';

/**
 * 問い合わせ: acceptable from earliestInquiry, recommended from recommendedInquiry, by email
 * unless the company said it would phone (003: メールがおすすめ). "1週間以内" on Fri 11/20 →
 * from Mon 11/30 (11/28 is a Saturday), recommended Mon 11/30 (rollForward(11/30)).
 * Pass-only promises get none (003): silence there is the answer.
 */
export const inquire: FollowupRule = {
  id: 'inquire',
  propose({ input, state, cal }) {
    const c = openWait(state);
    const d = c?.dates;
    if (!c || !d || d.passOnly || c.inquiries.length > 0 || d.earliestInquiry === null) return [];
    const recommended = d.recommendedInquiry ?? d.earliestInquiry;
    const phone = c.promise.reading.channel === 'phone';
    return [
      {
        action: 'inquire',
        window: { from: d.earliestInquiry, recommended, until: null },
        reason: join(
          promiseLine(c.promise.text, d),
          earliestLine(d, cal),
          {
            ja: `${jaDate(recommended)} 10:00 以降なら、さらに余裕をもった問い合わせになります。${phone ? '電話の連絡予定でしたが、記録が残るメールでも構いません' : 'メールがおすすめです'}（出典: 003, 002）`,
            en: `From ${enDate(recommended)} 10:00 the inquiry is the patient choice most sources agree on. ${phone ? 'They said they would call; an email, which leaves a record, is fine too' : 'Email is recommended'} (sources: 003, 002)`,
          },
          routeLine(input.application.route),
        ),
        source: '003',
        template: phone ? 'phone_basic' : 'inquiry_result',
      },
    ];
  },
};
