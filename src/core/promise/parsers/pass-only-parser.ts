import type { PromiseParser } from '../types.js';

/**
 * Who will be contacted (003: サイレントをする企業か確認する).
 * - explicit: 合格者のみ, 通過者のみ, 合格の方にのみ, 次の選考に進んでいただく方にのみ,
 *   ご縁があった方のみ, 合格の場合のみ …, and 不合格の方にはご連絡しません.
 * - silence: "連絡がない場合は…ご縁がなかったものと…" says the same thing (no news = no), so
 *   it is read as passOnly (our decision, see read-promise.ts).
 * - regardless: 合否にかかわらず / 合否を問わず / 全員に → explicitly not passOnly; it wins
 *   over the others wherever it stands in the sentence.
 */
export const passOnlyParser: PromiseParser = {
  name: 'pass-only',
  pattern: new RegExp(
    [
      '(?<regardless>(?:合否|結果|合格[・/、]?不合格)(?:に|の)?\\s*(?:かかわらず|関わらず|拘わらず|関係なく|問わず)|合否を問わず|(?:合否|結果)(?:の)?(?:いずれ|どちら)(?:の場合)?(?:で)?も|全員に)',
      '(?<negative>(?:不合格|不採用|見送り|残念ながら)[^。]{0,12}?(?:方|場合)[^。]{0,4}?(?:連絡|通知)[^。]{0,6}?(?:しません|いたしません|致しません|差し上げません|できません|しておりません|控え))',
      '(?<silence>(?:連絡|ご連絡|通知|お知らせ)(?:が|の)?(?:(?:ない|無い|なかった|来ない|こない)(?:場合|とき|時)|なければ|無ければ|来なければ)[^。]{0,30}?(?:ご縁がなかった|縁がなかった|不合格|不採用|見送り|お見送り|残念))',
      '(?<explicit>(?:合格|通過|内定|採用|次(?:の|回の?)?選考|二次|2次|最終|ご縁)[^。、]{0,14}?(?:方|者|場合|人|時)(?:様)?(?:に|へ|のみ|だけ|限り)*?(?:のみ|だけ|限り))',
    ].join('|'),
    'g',
  ),
  extract(m, span) {
    const g = m.groups ?? {};
    if (g.regardless) return { flag: 'passOnly', value: false, basis: 'regardless', span };
    const basis = g.silence ? 'silence' : 'explicit';
    return { flag: 'passOnly', value: true, basis, span };
  },
};
