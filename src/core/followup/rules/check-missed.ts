import { addDays, enDate, jaDate } from '../date-math.js';
import { type FollowupRule, openWait } from '../rule.js';

/**
 * 見落とし確認 on the deadline's next business day, before any inquiry (002: チェックリスト):
 * deadline Fri 11/27 → Mon 11/30. Offered for pass-only promises too, where a missed call
 * is the main risk; it lapses the day before silentAfter, when move_on takes over.
 */
export const checkMissed: FollowupRule = {
  id: 'check-missed',
  propose({ state, cal }) {
    const c = openWait(state);
    if (!c || c.inquiries.length > 0 || c.missedChecked) return [];
    const d = c.dates;
    const from = d.deadline ? cal.nextBusinessDay(d.deadline) : d.earliestInquiry;
    if (from === null) return [];
    const after = d.deadline
      ? {
          ja: `期限 ${jaDate(d.deadline)} を過ぎたら`,
          en: `Once the deadline ${enDate(d.deadline)} has passed`,
        }
      : { ja: '問い合わせの前に', en: 'Before inquiring' };
    return [
      {
        action: 'check_missed',
        window: { from, recommended: from, until: addDays(d.silentAfter, -1) },
        reason: {
          ja: `${after.ja}、${jaDate(from)} にまず見落としを確認しましょう：迷惑メールフォルダ、不在着信・留守電、マイページ、登録したメールアドレスの誤り（出典: 002）`,
          en: `${after.en}, first check on ${enDate(from)} for a missed answer: spam folder, missed calls and voicemail, the my-page, a wrong address on file (source: 002)`,
        },
        source: '002',
        template: null,
      },
    ];
  },
};
