import type { Stage } from '../domain/stage.js';
import { RULE_ANCHORS } from './models/cue-anchors.js';
import { compileAnchors, isMarked, leadOf, matchFromAnchor, startAtAnchor } from './text-marks.js';

/**
 * Rules applied after the model decided the category: they read one flag each, so a rule
 * beats a weight (easy to explain, easy to test).
 */

/** Stage words, most specific first; the first one found in the text wins. */
export const STAGE_WORDS: readonly [Stage, RegExp][] = [
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
  const m = (subject === '' ? null : ANY_STAGE.exec(subject)) ?? stageWordIn(text);
  if (!m?.groups) return null;
  for (const [stage] of STAGE_WORDS) if (m.groups[stage] !== undefined) return stage;
  return null;
}

/**
 * All stage words as one regex, each its own named group: one scan finds the earliest, and at
 * one position the alternation tries them in the table's order (most specific first). Japanese
 * has no case, so /i (for 「SPI」「Webテスト」) changes nothing for the others.
 */
export const ANY_STAGE = new RegExp(
  STAGE_WORDS.map(([stage, re]) => `(?<${stage}>${re.source})`).join('|'),
  'i',
);

/**
 * The earliest stage word of the body. The body is the last text the classifier marked
 * (features.ts), so its marks say where the first of the stage words' anchors is: none, no stage
 * word; else none starts before that less the longest stage word (as for the cues), and most
 * mail is not read from its start. Another text is read whole.
 */
function stageWordIn(text: string): RegExpExecArray | null {
  if (!isMarked(text)) return ANY_STAGE.exec(text);
  return startAtAnchor(ANY_STAGE_FROM, STAGE_LEAD, STAGE_ANCHORS)
    ? ANY_STAGE_FROM.exec(text)
    : null;
}

const ANY_STAGE_FROM = new RegExp(ANY_STAGE.source, 'gi');
const STAGE_ANCHORS = compileAnchors(RULE_ANCHORS.stage?.ja ?? null);
const STAGE_LEAD = leadOf(RULE_ANCHORS.stage?.jaLongest);

/*
 * The two rejection flags read the cleaned body one sentence at a time: split at 。!? and at
 * blank lines (a line wrapped inside a sentence stays in it). Each pattern is an alternation
 * of short literals tested on one sentence; every gap is a bounded class like [^。]{0,12}.
 */
const SENTENCE_END = /[。!?]+|\n[ \t]*\n|(?<=[a-z0-9)][.])\s+/;
/** A "sentence" longer than this (a notice with no 。) is read line by line instead. */
const LONG_SENTENCE = 300;

function sentencesOf(text: string): string[] {
  const out: string[] = [];
  for (const s of text.split(SENTENCE_END)) {
    if (s.length <= LONG_SENTENCE) out.push(s);
    else out.push(...s.split('\n'));
  }
  return out.filter((s) => s.trim() !== '');
}

/**
 * Invitation words that are not invitations, erased before the families below are read:
 * a refusal right after them (「次の選考へのご案内は難しく」「再応募はご遠慮ください」
 * 「ご案内いたしかねます」) and thanks for this application (「ご応募いただきありがとう」).
 */
const NOT_AN_INVITATION =
  /(?:応募|エントリー|ご?案内|ご?連絡|ご?紹介|お声が?け|選考)[^。、\n]{0,12}?(?:ご遠慮|お断り|お控え|控え|見送|見合わせ|できかね|いたしかね|でき(?:ません|ない|ず|なく)|難し|いただけません|受け付けて(?:おりません|いません)|不可|(?:は|も)?(?:ございません|ありません|いたしません|しません))|(?:応募|エントリー)(?:いただ(?:き|いた)|頂(?:き|いた)|くださ(?:り|った|いまし)|して(?:いただ|くださ|くれ)(?:き|いた|った|て)|ありがと|に感謝)/g;

/**
 * Re-application in so many words: 再応募, またのご応募, 改めてエントリー, and a request to apply
 * (「ご応募ください」「エントリーをお待ちしています」「ご応募いただけますと幸いです」), which in a
 * rejection can only mean applying again or elsewhere; English "reapply", "future openings".
 */
const REAPPLY_WORDS =
  /再(?:度)?(?:の)?(?:ご)?(?:応募|エントリー|チャレンジ|挑戦)|(?:また|改めて|再度|ぜひ)の?(?:ご)?(?:応募|エントリー)(?!書類|内容|情報|者|時|の際|シート)|(?:改めて|再度)(?:ご検討|お声が?け|面接|お話し?させ)|(?:応募|エントリー)(?:を|も|は)?(?:ください|下さい|お待ち|心待ち|歓迎|いただけ(?:れば|ますと|ましたら|ます|る)|頂け(?:れば|ますと|ましたら|ます)|いただきたく|(?:して|いただく)(?:いただけ|ください|みて)|いただくことが(?:でき|可能)|をご検討|(?:を|も)?(?:引き続き|随時|通年で?)?受け付けて(?:おり|い))|\bre-?apply|\bapply again\b|\b(?:future|other|upcoming)\s+(?:openings?|opportunities|roles?|positions?|vacanc(?:y|ies))|\banother\s+(?:role|position|opening|team)\b|\btalent (?:pool|community|network)/i;

/**
 * A later or another opening: next year/season (来年度, 来春, 来期, 次回, 今後 but not 今後の
 * ご活躍), all year round (通年, 随時), something new (新設, 増員, 立ち上げ), another position,
 * branch, course or group company, the main selection after an internship (本選考), a talent pool.
 */
const ELSEWHERE_OR_LATER =
  /来年度?|来春|来夏|来秋|来冬|来期|来季|来月|次年度|翌年度|次期|次回(?!選考|の選考|の面接)|(?:今後|将来)(?!の(?:ご|お)?(?:活躍|健勝|健闘|発展|成功|多幸|就職|転職)|とも|一層|ますます|益々)|通年|随時|年に?数回|例年|定期的に|その際|その節|その折|そちら|同時期|新た(?:な|に)|新設|新規(?:の)?(?:募集|ポジション|拠点|出店|事業)|立ち上げ|立ち上が|増員|新拠点|募集(?:の)?開始|(?:コース|職種|ポジション|選考)(?:の|を|へ|に)?(?:変更|切り替え|切替|振り替え|振替)|(?:夏|秋|冬|春)(?:季|期)?(?:採用|選考|募集)|本選考|(?:別|他|ほか)(?!社|者|の方|の候補|の応募)(?:の)?[^\s。、方者]{0,8}?(?:ポジション|職種|求人|店舗|拠点|コース|部署|部門|事業所|事業部|(?<![就転退])職|募集|案件|チーム|勤務地|エリア|枠)|グループ(?:会社|企業|各社)|関連会社|子会社|系列|姉妹(?:店|会社)|タレントプール|人材(?:バンク|データベース)|\bfuture\b(?! (?:endeavou?rs?|career|success|job search|plans))|\b(?:upcoming|later this year|next (?:year|season|cycle|quarter)|(?:another|other|new) (?:[a-z-]+ )?(?:roles?|positions?|openings?|teams?|opportunit(?:y|ies)|vacanc(?:y|ies)|jobs?)|(?:may|might|could) (?:suit|fit) you|better fit)\b/i;

/**
 * An invitation: the company offers to contact, introduce or guide (ご案内させて, お声がけ
 * します, ご紹介できれば), or asks the applicant to consider, look or tell (ご検討ください,
 * ご覧ください, お知らせください); English "reach out", "consider you", "introduce you".
 */
const INVITATION =
  /(?:ご案内|ご紹介|ご連絡|ご提案|お知らせ|案内|紹介|連絡)(?:を)?(?:させて|いたし(?:ます|たく|たい)|します|する(?:こと|予定)|したい|差し上げ|申し上げ|お送り|してもよろしい|できれば|できましたら|できる|が可能|することが(?:でき|可能))|お声が?け(?:させて|いたし|する|します|したい|できれば|ください|下さい|いただけ|頂け)|声をかけ(?:させて|ます|たい)|(?:ご)?検討(?:ください|下さい|いただけ|頂け|いただきたく|のほど|願え)|(?:お知らせ|ご連絡|ご返信|ご一報|お申し出)(?:ください|下さい|いただけ)|ご覧(?:ください|下さい|いただけ)|ご確認(?:ください|下さい)|お待ち(?:して|申し上げ)|受けて(?:いただ|みて|ください)|ご一緒(?:したい|できれば|させて)|一緒に働(?:きたい|ければ|ける日)|お話し?(?:させて|を伺え|できれば)|(?:ご)?(?:参加|受験)(?:ください|いただけます)|\b(?:apply|reach out|get in touch|be in touch|contact you|consider you|encourage you|welcome (?:your|an|you)|invite you|introduce you|hear from you|let us know|keep (?:you|your)\b)/i;

/** Interest asked for on a condition: 「ご興味があれば」「ご関心がございましたら」"if you are open". */
const IF_INTERESTED =
  /(?:ご)?(?:興味|関心)(?:が|を)?(?:おありでしたら|あれば|ありましたら|ございましたら|お持ち(?:でしたら|の場合|いただけ(?:る|まし)))|\bif you(?:'re| are) (?:interested|open)/i;

/** Another or a later opening stated (「グループ会社の選考も実施予定です」), unless it is closed. */
const OPENING =
  /(?:募集|採用|選考|エントリー|応募|求人)(?:を|も|は|の)?[^。]{0,12}?(?:受け付け|受付|実施|行って|行う|予定|開始|始め|公開|掲載)|(?:募集|採用)(?:を|も)?して(?:おり|い)|(?:ポジション|職種|コース)(?:を|も|は)?[^。]{0,12}?(?:公開|掲載|募集)|(?:募集|受付|公開)中/;
const CLOSED = /終了|締め?切|充足|停止|ございません|ありません|未定|予定はな|行っておりません/;

/** REAPPLY_WORDS, ELSEWHERE_OR_LATER or IF_INTERESTED: a sentence none of them matches pairs nothing. */
const ANY_FAMILY = new RegExp(
  [REAPPLY_WORDS, ELSEWHERE_OR_LATER, IF_INTERESTED].map((re) => re.source).join('|'),
  'i',
);

/** A sentence that reads the next one as its follow-up: 「その際は」「よろしければ」「もし」. */
const FOLLOW_UP = /その際|その節|その折|そちら|同社|よろしければ|もし|ぜひ|\b(?:if|should) you\b/i;

/** An agent's offer of other companies' jobs (「他にもご紹介可能な求人がございます」): not this company. */
const AGENT_OFFER =
  /(?:求人|案件)(?:を|も|が)?[^。]{0,20}?(?:ご紹介|ご提案|ご案内|お送り|サポート|ピックアップ)|(?:ご紹介|ご提案)(?:可能|できる)な?(?:求人|案件)/;

/** 「ご不明な点がございましたらご連絡ください」: help with questions, not an invitation. */
const QUESTIONS = /ご不明|ご質問|お問い?合わせ|\bquestions?\b/i;

const BARE_LINK = /^\s*(?:https?:\/\/|www\.)\S*\s*$/;

/** Re-application welcome or other positions named (seed 004). */
export function reapplyWelcome(text: string): boolean {
  let laterBefore = false;
  for (const raw of sentencesOf(text)) {
    // A bare link between the opening and the invitation does not break the pair.
    if (BARE_LINK.test(raw)) continue;
    const s = raw.replace(NOT_AN_INVITATION, '、');
    // One scan says whether the sentence holds any of the three families at all (most do not).
    if (!laterBefore && !ANY_FAMILY.test(s)) continue;
    if (REAPPLY_WORDS.test(s)) return true;
    const later = ELSEWHERE_OR_LATER.test(s) && !AGENT_OFFER.test(s);
    // Most sentences of a rejection name no opening and no condition: the invitation test is
    // read only where one of the three pairings below could use it.
    const interested = !later && IF_INTERESTED.test(s);
    if (!later && !interested && !laterBefore) continue;
    const invites = INVITATION.test(s) && !QUESTIONS.test(s);
    // A later/other opening with an invitation or stated as open, in the same sentence.
    if (later && (invites || (OPENING.test(s) && !CLOSED.test(s)))) return true;
    // 「ご興味があれば…お知らせください」: an invitation to something other than this application.
    // (With an opening and an invitation the sentence has already returned true above.)
    if (interested && invites) return true;
    // 「他職種の求人もございます。よろしければご覧ください。」: opening, then the invitation.
    if (laterBefore && invites && FOLLOW_UP.test(s) && !AGENT_OFFER.test(s)) return true;
    laterBefore = later;
  }
  return false;
}

/**
 * "We do not disclose reasons / give feedback": words of feedback that say there is none,
 * erased before SPECIFIC is read.
 */
const NO_DETAILS =
  /(?:理由|詳細|内容|フィードバック|コメント|評価)[^。]{0,25}?(?:お答え|開示|お伝え|お知らせ|申し上げ|伺え|ございません|ありません|控え|できかね|いたしかね|できません)|\b(?:unable|not able|cannot|can't|do not|don't|won't)\b[^.]{0,40}\bfeedback/gi;

/**
 * The branch `before` + `word`, matched from `word`: the regex finds the word, then looks behind
 * it for `before` (a lookbehind that repeats the word, so both end at the same place). It
 * matches wherever `before word` does, so a test() of either is the same.
 */
function wordBack(word: string, before: string): string {
  return `${word}(?<=${before}${word})`;
}

/** Branches as one case-insensitive regex (the patterns that are built with wordBack). */
function anyOf(...branches: string[]): RegExp {
  return new RegExp(branches.join('|'), 'i');
}

/**
 * Words that show a rejection was written for this candidate (otherwise it is a template,
 * seed 000), in five families:
 * - what they said or did, named: 「〇〇のお話」「〜を作った話」「〇〇について伺い」「という思い」;
 * - what they bring, named: 「店舗運営のご経験」「開発経験」「専門知識」「卒業研究」「ポートフォリオ」
 *   (not 「これまでのご経験」「今後ご経験に合う」「社会人経験」, which say nothing about them);
 * - a concrete reason: 〜を重視, 〜の方を優先, 不足, 届いていない, 懸念, 必須, 要件と合致しない, 〜という理由;
 * - an evaluation of something: 印象に残る, 感銘, 魅力的, 高く評価, 面接での評価, 〇〇への熱意;
 * - feedback: コメント, フィードバック, a quoted remark 「…」と申して; English "impressed by",
 *   "your experience in", "we were looking for", "deeper experience".
 * Each pattern is its own regex, tried in turn: joined as one alternation, the branches that open
 * with a lookbehind or a class made the engine try all of them at every character (2× slower).
 * A branch that opens with a class or a common particle (「の」「に」) is written from its rarer
 * last word back (wordBack): V8 scans for the word's characters, and only where it finds one
 * reads what stands before it (same matches; a whole rejection is read in ¾ of the time).
 */
export const SPECIFIC: readonly RegExp[] = [
  // what they said or did
  anyOf(
    `${wordBack('話', '(?<!先日|当日|本日|今日|前回|今後|面接|面談|様|さん|皆様|貴重|色々|様々|弊社|当社|御社|貴社|今回|その|この)(?:の|という|といった)(?:お)?')}(?!し合|を伺う機会|にな)`,
  ),
  /(?:た|だ)(?:お)?話[、,はがをもに]/i,
  /(?:について|に関して|に関する|についての)[^。\n]{0,20}?(?:お?話|ご?説明|お聞かせ|聞かせ|伺|ご?質問|ご?提案|語って|議論)/i,
  /お話の中で|という(?:お考え|考え|思い|想い|志向|姿勢|軸)/i,
  /(?:ご|お)?(?:質問|回答|受け答え|発表|プレゼン)(?:の|が|は|も|を)[^。\n]{0,10}?(?:鋭|的確|わかりやす|分かりやす|多さ|熱心)/i,
  // what they bring
  anyOf(
    wordBack(
      '(?:経験|知見|知識|スキル|実績|資格|技術力|企画力|提案力|発想|語学力)',
      '[一-龥々ァ-ヶーA-Za-z0-9)」』]{2}(?<!社会人|人生|貴重|一般|自身|今回|今後|様|さん|殿|貴殿|御社|弊社|当社|貴社|応募|様々|色々|多様|豊富|十分)(?:の|での|における|に関する|としての)?(?:ご)?(?:実務)?',
    ),
  ),
  /研究(?!職|所|開発|室|部|機関|者)|論文|卒論|ゼミ|専攻|留学|ボランティア|サークル|部活|学生時代|ポートフォリオ|作品|課題/i,
  /(?:ES|エントリーシート|職務経歴書|ご経歴|履歴書)(?:に|で)(?:ある|あった|書かれ|記載|拝見した)/i,
  // a concrete reason
  anyOf(
    '重視',
    wordBack('優先', '(?<!他の|別の)(?:方|方々)(?:を|のみを)'),
    '不足',
    '足りな',
    wordBack('(?:届いていな|届かな|及ばな|満たな|達していな)', 'に'),
    'ギャップ',
    '懸念',
    '物足り',
    '期待値',
    wordBack('水準', '(?<!給与|給料|年収)'),
    '欲しい',
    wordBack('たかった', '(?:見|伺い|聞き|知り)'),
  ),
  /(?:を|が)(?:必須|必要と|求めて)|必須(?:要件|条件)?(?:と|で)|(?:要件|条件|基準)(?:と合致|を満た|に合致|に満た)/i,
  /(?:という|が主な|主な)理由|理由(?:として|は|です|でした)/i,
  // an evaluation of something
  anyOf(
    '印象(?:に残|的|深)',
    '感心',
    '感銘',
    '魅力(?:的|に感じ)',
    '素晴らし(?!いご縁|い出会い|い未来)',
    '面白',
    '興味深',
    'ユニーク',
    '話題',
    '楽し(?:く|かった)',
    '学ぶところ',
    '申し分な',
    wordBack('評価', '(?:高く|高い|の)'),
    '評価(?:が高|が低|して|され|しており)',
  ),
  /(?<!当社|弊社|御社|貴社|当行|弊行|当院|当店|当グループ)への(?:強い)?(?:熱意|関心|意欲|想い|思い|こだわり)/i,
  // feedback
  /フィードバック|コメント|という(?:声|意見)|との(?:声|意見)|「[^」\n]{4,120}」(?:と|という|との)/i,
  // English
  /\bimpressed (?:by|with)|\benjoyed (?:learning|hearing|speaking|talking|discussing|our|your)|\byour (?:experience|background|work|portfolio|presentation|answers?|approach|project)s? (?:in|with|on|at|of)\b|\b(?:we were|we are|we're) looking for\b|\b(?:stronger|more|deeper|direct|hands-on) (?:[A-Za-z0-9-]+ )?(?:experience|background|expertise|exposure)\b|\bfeedback\b|\byour (?:portfolio|case study|take-home|presentation)\b|\b(?:lacked|lacking)\b|\b(?:role|position|team) (?:requires?|required|needs?)\b/i,
  // English feedback in so many words: who judged what, the reason given, their work named
  /\b(?:we|they|the (?:team|panel|assessors|reviewers|interviewers|hiring manager|client)|(?:he|she)) (?:all |both )?(?:felt|noted|found|observed|struggled|were (?:impressed|concerned|worried))\b|\b(?:main |biggest |key )?(?:reason|concern)s? (?:they gave |was\b|were\b)|\bwhere (?:we|they) struggled\b|\bit became clear\b|\bcame across as\b|\bthe gap between\b|\byour (?:[a-z-]+ )?(?:solution|submission|code|dashboard|story|demo|answers? to)\b/i,
];

export function isTemplateRejection(text: string): boolean {
  const t = text.replace(NO_DETAILS, '、');
  // With nothing erased, the text is still the body the classifier marked last: each pattern
  // reads its marks (as the cues do). An erased text is read whole: 「、」 can open a match.
  if (t === text && isMarked(text)) {
    for (const p of SPECIFIC_FROM) if (matchFromAnchor(p.re, p.lead, p.anchors, t)) return false;
    return true;
  }
  for (const re of SPECIFIC) if (re.test(t)) return false;
  return true;
}

/** SPECIFIC, each as a global copy with its anchors and lead (RULE_ANCHORS `specific<i>`). */
const SPECIFIC_FROM = SPECIFIC.map((re, i) => {
  const anchors = RULE_ANCHORS[`specific${i}`];
  return {
    re: new RegExp(re.source, `${re.flags}g`),
    lead: leadOf(anchors?.jaLongest),
    anchors: compileAnchors(anchors?.ja ?? null),
  };
});

/** The bare address of a From header ("山田 <a@b.jp>" → "a@b.jp"), lower-cased. */
export function addressOf(from: string): string {
  const m = /<(?<addr>[^>]+)>/.exec(from);
  return (m?.groups?.addr ?? from).trim().toLowerCase();
}
