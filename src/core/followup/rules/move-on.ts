import { enDate, jaDate } from '../date-math.js';
import { promiseLine } from '../explain.js';
import { type FollowupRule, openWait } from '../rule.js';

/**
 * 次へ from silentAfter with no word from the company: a silent rejection is likely (000,
 * 003). Only suggested; the application stays open until the user closes it.
 * "1週間以内" on Fri 11/20 → from Fri 12/04 (the later of 11/27 + 7 and 11/20 + 14).
 */
export const moveOn: FollowupRule = {
  id: 'move-on',
  propose({ state, today }) {
    const c = openWait(state);
    if (!c || today < c.dates.silentAfter) return [];
    const s = c.dates.silentAfter;
    const said = promiseLine(c.promise.text, c.dates);
    const why = c.dates.passOnly
      ? {
          ja: '合格者のみに連絡する企業のため、連絡がないことが結果とみられます',
          en: 'They contact only those who pass, so silence is most likely the answer',
        }
      : {
          ja: '期限を大幅に過ぎても連絡がないため、サイレントお祈りの可能性が高いです',
          en: 'Well past the deadline with no word, a silent rejection is likely',
        };
    return [
      {
        action: 'move_on',
        window: { from: s, recommended: s, until: null },
        reason: {
          ja: `${said.ja}。${jaDate(s)} 以降も連絡がありません。${why.ja}。終了にするかはご自身で決めてください。他社の選考に力を注ぎましょう（出典: ${c.dates.passOnly ? '003' : '000, 003'}）`,
          en: `${said.en}. No word as of ${enDate(s)}. ${why.en}. Closing it is your decision; put your energy into other applications (sources: ${c.dates.passOnly ? '003' : '000, 003'})`,
        },
        source: c.dates.passOnly ? '003' : '000',
        template: null,
      },
    ];
  },
};
