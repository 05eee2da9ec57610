import type { Stage } from '../domain/stage.js';

/**
 * Rules applied after the model decided the category: they read one flag each, so a rule
 * beats a weight (easy to explain, easy to test).
 */

/** Stage words, most specific first; the first one found in the text wins. */
const STAGE_WORDS: readonly [Stage, RegExp][] = [
  ['after_final', /最終面接後の(?:面談|ご面談)|リクルーター面談/],
  ['offer_meeting', /オファー面談|条件面談|処遇面談|内定者面談/],
  ['casual', /カジュアル面談/],
  ['final', /最終(?:面接|選考)|役員面接/],
  ['interview_n', /(?:三|3|四|4)次(?:面接|選考)/],
  ['interview_2', /(?:二|2)次(?:面接|選考)/],
  ['interview_1', /(?:一|1)次(?:面接|選考)/],
  ['test', /適性検査|Webテスト|SPI|筆記試験|玉手箱/i],
  ['document', /書類選考/],
  ['offer', /内々?定/],
];

/**
 * The stage the message talks about: the earliest mention in subject, then body (as if read
 * as one text; no stage word spans a line break, so each part is searched on its own).
 */
export function stageMentioned(subject: string, text: string): Stage | null {
  let best: Stage | null = null;
  let at = Number.POSITIVE_INFINITY;
  for (const [stage, re] of STAGE_WORDS) {
    const inSubject = subject === '' ? null : re.exec(subject);
    const m = inSubject ?? re.exec(text);
    const index = m === null ? -1 : inSubject ? m.index : subject.length + 1 + m.index;
    if (m && index < at) {
      best = stage;
      at = index;
    }
  }
  return best;
}

/** Re-application welcome or other positions named (seed 004). */
const REAPPLY =
  /再(?:度の)?(?:ご)?応募|改めて(?:ご)?(?:応募|エントリー)|(?:他|別)の(?:ポジション|求人|職種|部署|事業所|拠点|部門)|(?:ポジション|求人)をご紹介|機会がございましたら|再チャレンジ|またのご応募|ほかにも[^。\n]{0,30}(?:求人|ポジション)|(?:ポジション|職種|部署)で(?:も)?(?:随時)?募集|応募をご検討|新たな募集|改めてお声がけ|改めてご紹介/;

export function reapplyWelcome(text: string): boolean {
  return REAPPLY.test(text);
}

/**
 * Words that show a rejection was written for this candidate: feedback, a reason, something
 * said at the interview. Without any, the rejection is a template (seed 000).
 */
const SPECIFIC =
  /(?:面接|面談)(?:で|では|の際|にて|中|の場で).{0,30}(?:お話|伺|拝聴|ご説明|印象|お聞き)|お話の中で|(?:伺った|お聞きした|拝見した)(?:ご|お)?[^\s。]{1,8}(?:は|が|を)|コメント|という理由|評価され|理由(?:として|は|としましては)|フィードバック|具体的|評価(?:いたし|しており|させて|が高)|(?:ご)?経験(?:は|が).{0,20}(?:魅力|素晴ら|高く)|一方で|については.{0,20}(?:不足|課題)|点(?:が|で).{0,20}(?:不足|懸念|課題|合致しな)|懸念/;

export function isTemplateRejection(text: string): boolean {
  return !SPECIFIC.test(text);
}

/** The bare address of a From header ("山田 <a@b.jp>" → "a@b.jp"), lower-cased. */
export function addressOf(from: string): string {
  const m = /<(?<addr>[^>]+)>/.exec(from);
  return (m?.groups?.addr ?? from).trim().toLowerCase();
}
