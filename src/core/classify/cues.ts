/**
 * Hand-designed cue features, one per idea a recruiter's mail uses to say what it is. Each is
 * a named regex over normalised text (normalize.ts); the learned model decides how much each
 * weighs for each category, so a cue may point several ways (「選考結果」 is pass and fail).
 */
export interface Cue {
  id: string;
  /** Readable name shown as the explanation of a decision. */
  label: string;
  /**
   * Characters of which every match contains at least one: the regex runs only when one of
   * them is in the text (most cues are absent from most mail, and a scan costs ~1 µs).
   * cues.test.ts checks each against its examples and the whole dev set.
   */
  need: string;
  re: RegExp;
}

/**
 * What follows a pass or offer word when the sentence takes it back: 「次のステップにお進み
 * いただくことはできかねます」, 「次の選考へのご案内を差し控える」, 「内定をお出しすることが
 * できない」. The scope is the rest of the clause (no 。 or line break in between).
 */
const NEGATED = String.raw`[^\n。]{0,24}?(?:できかね|でき(?:な|ませ|ず)|(?:いただ)?け(?:な|ませ)|いたしかね|差し控え|見送|叶わ|かないませ|至りませ|至らな|なりませんでした)`;

/** The cue regex, not firing where the clause goes on to negate it (see NEGATED). */
function unlessNegated(re: RegExp): RegExp {
  return new RegExp(`(?:${re.source})(?!${NEGATED})`, re.flags);
}

export const CUES: readonly Cue[] = [
  // rejection
  { id: 'regret', label: '「残念ながら」', need: '残遺', re: /残念ながら|誠に残念|遺憾ながら/ },
  {
    id: 'decline_decision',
    label: '見送り・不採用の決定',
    need: '見採縁断',
    re: /(?:見送(?:り|らせ|る)|不採用|採用を見合わせ|採用には至ら|ご縁がなかった|ご縁がありませんでした|お断り)(?!の場合|となった場合|でも)/,
  },
  {
    id: 'decline_ours',
    label: '見送りを決めた側の言い方',
    need: '見採縁',
    re: /(?:見送|不採用|ご縁がなかった|採用に至ら|採用を見合わせ)[^\n。]{0,14}(?:させていただ|いたし(?:ます|ました)|となりました|となります|ことになりました|ことといたしました|判断)/,
  },
  {
    id: 'not_meet_expect',
    label: '「ご期待に沿えず」',
    need: '添沿',
    re: /ご期待に(?:添|沿)(?:え|い|いかね|うことができ)|ご希望に(?:添|沿)えな|意に(?:添|沿)えな/,
  },
  {
    id: 'future_wish',
    label: '今後のご活躍を祈念',
    need: '活健縁',
    re: /今後の(?:ご)?活躍を.{0,12}(?:祈|願)|ご健闘を.{0,8}(?:祈|願)|より良いご縁/,
  },
  {
    id: 'many_applicants',
    label: '多数の応募・慎重な検討',
    need: '多慎厳',
    re: /多数の(?:ご)?応募|慎重に(?:選考|検討|協議)|厳正(?:な|に)(?:る)?(?:選考|審査)/,
  },
  {
    id: 'reapply',
    label: '再応募・他ポジションの案内',
    need: '再改他別機',
    re: /再(?:度の)?(?:ご)?応募|改めて(?:ご)?応募|他の(?:ポジション|求人|職種)|別の(?:ポジション|求人|職種)|機会がございましたら|再チャレンジ/,
  },
  {
    id: 'no_reason',
    label: '理由は開示しない',
    need: '理詳',
    re: /(?:理由|詳細).{0,10}(?:お答え|開示|回答).{0,8}(?:できかね|いたしかね|でき(?:ませ|ない))/,
  },
  {
    id: 'result_follows',
    label: '「選考の結果、」（結果を告げる言い方）',
    need: '結',
    // A comma after 結果 means the decision follows in this sentence; a status update says
    // 「結果は…予定です」 or 「結果が出るまで」 instead.
    re: /(?:選考|検討|審査|面接|協議|判断)(?:いたしました|しました|を重ねた|を行った|した|の)?結果[、,]/,
  },
  // next step / pass
  {
    id: 'pass',
    label: '通過・合格',
    need: '通合次結',
    re: unlessNegated(
      /(?:通過|合格)(?:され|とな|いたし|しました|のお知らせ|です|者|おめでとう|をお知らせ)|結果[:：] ?(?:通過|合格)|(?:選考|検査|面接)の結果[、,]?[^\n。]{0,24}(?:面接|選考)(?:に|へ)(?:お越し|ご案内|ご招待|お進み|進んで)|次の選考|次回の選考|次のステップ|次の(?:面接|段階)/,
    ),
  },
  {
    id: 'advance',
    label: '次の選考へのご案内',
    need: '進次最ぜ',
    re: unlessNegated(
      /お進みいただ|進んでいただ|(?:次|二次|三次|最終)(?:面接|選考)(?:に|へ)(?:ご案内|お越し|進)|ぜひ(?:次|一度)/,
    ),
  },
  {
    id: 'pass_negated',
    label: '次の選考へは進めない（打ち消し）',
    need: '次進通合内案',
    re: new RegExp(
      `(?:次の(?:選考|ステップ|面接|段階)|次回(?:の)?選考|お進み|進んで|通過|合格|内々?定|ご案内)(?=${NEGATED})`,
    ),
  },
  {
    id: 'pass_if',
    label: '通過した場合のみ（条件）',
    need: '通合',
    re: /(?:通過|合格)(?:され|し)?た(?:方|場合)(?:に)?のみ|(?:通過|合格)(?:の|した|された)場合/,
  },
  {
    id: 'choose_dates',
    label: '候補日の選択',
    need: '候都程予選',
    re: /候補(?:日|日時)|ご都合の(?:良い|よい|つく)|日程(?:を|の)(?:ご)?(?:調整|選択|登録|ご指定|予約)|日程調整|(?:予約|選択)(?:フォーム|画面|ページ)/,
  },
  { id: 'stage_interview', label: '面接', need: '接', re: /面接/ },
  { id: 'stage_final', label: '最終面接', need: '最役', re: /最終(?:面接|選考)|役員面接/ },
  {
    id: 'test',
    label: '適性検査・Webテスト',
    need: '適WS玉受筆グコ課',
    re: /適性検査|Webテスト|SPI|玉手箱|受検|筆記(?:試験)?|グループディスカッション|コーディング(?:テスト|課題)|課題選考/,
  },
  // scheduling
  {
    id: 'datetime',
    label: '日時の記載',
    need: '0123456789',
    re: /\d{1,2}月\d{1,2}日|\d{1,2}\/\d{1,2}|\d{1,2}:\d{2}|\d{1,2}時/,
  },
  {
    id: 'confirm_time',
    label: '日時の確定・変更・リマインド',
    need: '確決変リ前明接下待開談',
    re: /(?:日程|日時)(?:が|を)?(?:確定|決定|変更)|確定(?:いたし|しま)|リマインド|前日のご連絡|明日の面接|面接(?:日時|日程)の(?:ご)?(?:確認|変更|連絡)|下記(?:の)?日時|お待ちしております|開始時刻|(?:面接|面談)(?:を|の)?(?:中止|キャンセル|延期)/,
  },
  {
    id: 'booking',
    label: '面接・面談の予約',
    need: '予',
    re: /(?:面接|面談|選考)(?:の)?(?:ご)?予約|予約(?:いただいた|された)(?:面接|面談)/,
  },
  {
    id: 'venue',
    label: '会場・オンラインURL',
    need: '会受ZzTtMm入最オ当',
    re: /会場|受付|(?:Zoom|Teams|Google Meet|Meet)|入館|最寄|オンライン(?:で|にて)|当日は/i,
  },
  // document request
  {
    id: 'documents',
    label: '書類名',
    need: '履職エE成卒ポ健作レ証推志身承',
    re: /履歴書|職務経歴書|エントリーシート|\bES\b|成績証明書|卒業見込証明書|ポートフォリオ|健康診断書|作品|レジュメ|証明書|推薦状|志望動機書|身元保証書|承諾書/,
  },
  {
    id: 'submit',
    label: '提出のお願い',
    need: '提ア送添持返',
    re: /(?:ご)?提出(?:を|して|いただ|ください|願|期限|のお願い)|アップロード|ご送付|お送りいただ|添付(?:して|の上|いただ)|送って(?:もら|いただ|くださ)|ご持参|(?:ご)?返送/,
  },
  // offer
  {
    id: 'offer_word',
    label: '内定・内々定',
    need: '内採緒',
    re: /内々?定(?!者面談)|(?<!不)採用(?:を)?(?:決定|内定)|採用させていただ|一緒に働け/,
  },
  {
    id: 'offer_decision',
    label: '内定・採用の決定',
    need: '内採迎入',
    re: unlessNegated(
      /内々?定(?:を|と)?(?:お出し|させていただ|いたし|とな|が(?:出|決ま))|内々?定です|(?<!不)採用(?:を|が)?(?:決定|内定)|(?<!不)採用[^\n。]{0,8}決定(?:いたし|しま)|採用させていただ|(?<!不)採用とさせ|(?<!不)採用のご連絡をいたし|お迎えしたく|(?:ご)?入社いただきたく/,
    ),
  },
  {
    id: 'offer_terms',
    label: '労働条件・承諾',
    need: '労内承オ入回',
    re: /労働条件通知書|内定通知書|承諾書|オファーレター|入社(?:日|承諾|意思)|回答期限|ご承諾/,
  },
  {
    id: 'offer_meeting',
    label: 'オファー面談・条件面談',
    need: '談件',
    re: /オファー面談|条件面談|処遇面談|内定者面談|条件(?:の)?(?:すり合わせ|提示)|面談(?:の機会|を設け).{0,20}(?:条件|待遇|処遇)|最終面接後.{0,10}面談/,
  },
  { id: 'casual_meeting', label: '面談', need: '談', re: /面談/ },
  {
    id: 'casual_talk',
    label: 'カジュアル面談・社員面談',
    need: 'カリ社OB',
    re: /カジュアル面談|(?:リクルーター|社員|OB|OG)(?:面談|訪問)/,
  },
  // status update
  {
    id: 'in_progress',
    label: '選考中・時間を要している',
    need: '選時審検待遅込延取確継比年結連回',
    re: /選考中|現在(?:も)?選考|時間を要して|お時間をいただ|審議中|検討中|お待たせ(?:して|いたして)|遅れ|遅く(?:なって|なり)|ずれ込|延び|時間がかか|かかる見込み|取りまとめ中|確認中|継続中|比較検討|年明け|(?:結果|ご連絡|回答)[^\n。]{0,16}(?:になる|となる|になり|となり)(?:予定|見込み|そう)/,
  },
  {
    id: 'will_contact',
    label: '追ってご連絡',
    need: '絡',
    re: /(?:追って|改めて|後日|あらためて).{0,12}(?:ご)?連絡|(?:まで|以内)に.{0,10}(?:ご)?連絡(?:いたし|させ|します)/,
  },
  { id: 'apology', label: 'お詫び', need: '訳詫', re: /申し訳(?:ござい|あり)|お詫び/ },
  // acknowledgement
  {
    id: 'thanks_applying',
    label: '応募へのお礼',
    need: '募エ',
    re: /(?:ご)?応募(?:いただき|ありがとう)|エントリー(?:いただき|ありがとう)/,
  },
  {
    id: 'received',
    label: '受付・受領',
    need: '受完届確到承',
    re: /受け付け(?:ました|いたしました)|受付(?:いたしました|完了|しました)|受領(?:いたし|しま)|(?:完了|届き)しました|届きました|届いております|到着いたしました|受け取りました|確かに(?:受|拝)|承りました/,
  },
  {
    id: 'auto_mail',
    label: '自動送信',
    need: '自専返',
    re: /自動(?:送信|返信|配信)|送信専用|返信(?:いただいても|できません|は受け付け)/,
  },
  // other / mass mail
  {
    id: 'mass',
    label: '一斉配信・案内',
    need: '配メ説セイ求スキ特合',
    re: /配信停止|配信解除|メルマガ|説明会|セミナー|イベント|新着求人|おすすめ求人|スカウト|キャンペーン|特集|インターン(?:シップ)?(?:の)?(?:募集|開催)|合同(?!会社)/,
  },
  // outgoing (written by the applicant)
  {
    id: 'self_intro',
    label: '応募者の名乗り',
    need: '申ざ大学研受募',
    re: /(?:と申します|でございます)|(?:大学|大学院|学部|研究科)[^\n]{0,20}(?:の|年)[^\n]{0,10}です|(?:面接|選考)を受けさせていただ|応募(?:いたし|させていただ)ました/,
  },
  {
    id: 'thanks_interview',
    label: '面接のお礼',
    need: '面時礼',
    re: /(?:面接|面談|お時間)(?:の機会)?を(?:いただき|頂き|賜り|設けていただき).{0,10}(?:ありがと|感謝|御礼|お礼)|お礼(?:申し上げ|を申し)|御礼/,
  },
  {
    id: 'inquiry',
    label: '結果の問い合わせ',
    need: '状結見ょ伺',
    re: /(?:状況|結果|見込み).{0,16}(?:伺|お尋ね|お聞き|確認させ|教えていただ)|いかがでしょうか|お伺いしたく/,
  },
  {
    id: 'withdraw',
    label: '辞退の申し出',
    need: '辞',
    re: /辞退(?:させて|いたしたく|いたします|申し上げ)|辞退の(?:ご連絡|旨)/,
  },
  {
    id: 'reply_accept',
    label: '承知・参加の返信',
    need: '承参出伺希願拝',
    re: /承知(?:いたしました|しました)|(?:参加|出席|伺)(?:させていただ|いたします|います)|希望(?:いたします|します)|でお願い(?:いたします|します)|拝受/,
  },
  // who is speaking: applicants say 貴社/御社, companies say 弊社/当社
  { id: 'you_company', label: '「貴社・御社」（応募者の言葉）', need: '貴御', re: /貴社|御社/ },
  {
    id: 'we_company',
    label: '「弊社・当社」（企業の言葉）',
    need: '弊当私',
    re: /弊社|当社|私ども/,
  },
  {
    id: 'thanks_contact',
    label: 'ご連絡へのお礼',
    need: 'ご',
    re: /ご(?:連絡|案内|丁寧な(?:ご)?連絡)(?:を)?(?:いただき|頂き)(?:まして)?(?:誠に)?(?:ありがとう)/,
  },
  {
    id: 'user_request',
    label: '応募者からのお願い',
    need: 'け教幸可',
    re: /(?:いただけ|頂け)(?:ます|ません)?(?:でしょう)?か|ご教示|幸いです|可能でしょうか/,
  },
] as const;
