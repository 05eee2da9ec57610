import { type PhraseEntry, findPhrases, sentenceAt } from '../phrase-rule.js';
import type { LintRule } from '../types.js';

const WHY_JA =
  '催促に読めます。「念のため確認」の姿勢で、お知らせいただけると幸いです、と依頼しましょう（002）。';
const WHY_EN = 'Reads as pressing the company; ask as a polite confirmation instead (002).';

function entry(pattern: RegExp, what: string, extra: Partial<PhraseEntry> = {}): PhraseEntry {
  return { pattern, message: { ja: `「${what}」は${WHY_JA}`, en: WHY_EN }, ...extra };
}

/** A 〜ください counts as demanding in a sentence about the result or with urgency words. */
const DEMANDING_CONTEXT =
  /(結果|合否|返事|返信|回答|早く|至急|すぐ|まだ|いつ(?!でも)|本日中|今日中)/;

export const DEMANDING_PHRASES: readonly PhraseEntry[] = [
  entry(
    /(?:結果|選考|合否)(?:は|が)?どう(?:なって(?:いますか|いるのでしょうか|いるのですか|ますか)|なりましたか)/,
    '結果はどうなっていますか',
  ),
  entry(/まだ(?:ですか|でしょうか|なのでしょうか|なのですか)/, 'まだですか'),
  entry(/いつになったら/, 'いつになったら'),
  entry(/大?至急/, '至急'),
  entry(/早急に/, '早急に'),
  entry(
    /(?:早く|早めに|すぐに?)(?:ご?連絡|ご?返信|お?返事|ご?回答|結果|教え|知らせ|お知らせ)/,
    '早く…',
  ),
  entry(/催促/, '催促'),
  entry(/(?:本日|今日|明日)中に(?:ご?連絡|ご?返信|お?返事|ご?回答|お知らせ)/, '本日中に…'),
  entry(
    /(?:連絡|返事|返信)が(?:来ない|来ません|ない|ありません)(?:のですが|のは|ので)?/,
    '連絡が来ない',
  ),
  entry(/なぜ(?:ご?連絡|お?返事|ご?返信)/, 'なぜ連絡が…'),
  entry(/(?:ご?連絡|ご?返信|お?返事|ご?回答)(?:を)?(?:して)?ください/, '〜ください', {
    when: (m, c) => DEMANDING_CONTEXT.test(sentenceAt(c.text, m.index)),
  }),
  entry(/(?:教えて|知らせて|回答して|連絡して)ください/, '〜してください', {
    when: (m, c) => DEMANDING_CONTEXT.test(sentenceAt(c.text, m.index)),
  }),
];

export const noDemanding: LintRule = {
  id: 'no-demanding',
  severity: 'error',
  description: {
    ja: '結果を催促する表現を検出します（002）。',
    en: 'Flags wording that presses the company for the result (002).',
  },
  lint: (context) => findPhrases(context, DEMANDING_PHRASES),
};
