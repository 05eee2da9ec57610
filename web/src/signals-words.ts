import { useLang } from './i18n.js';

/** UI words of the review and reflection pages, Japanese first (kept apart from i18n.tsx). */
const SIGNAL_WORDS = {
  reviewTitle: { ja: '面接のあとに', en: 'After the interview' },
  latestInterview: { ja: '直近の面接', en: 'Latest interview' },
  noInterview: {
    ja: 'まだ面接が記録されていません。面接を記録すると、兆候を選べるようになります。',
    en: 'No interview recorded yet. Record one to tick the signs you noticed.',
  },
  promiseSaid: { ja: '結果連絡について言われたこと', en: 'What they said about the result' },
  stageTitle: {
    ja: 'この段階の意味と、今やること',
    en: 'What this stage means, and what to do now',
  },
  signsTitle: { ja: '面接で気づいたこと', en: 'What you noticed' },
  signsHint: {
    ja: '当てはまるものにチェックすると、下に読み取りが出ます。',
    en: 'Tick what happened; the reading appears below.',
  },
  positiveSigns: { ja: '前向きな兆候', en: 'Positive signs' },
  negativeSigns: { ja: '気がかりな兆候', en: 'Worrying signs' },
  noSignsForStage: {
    ja: 'この段階には、記事にもとづく兆候がありません。',
    en: 'The sources describe no signs for this stage.',
  },
  saveSigns: { ja: 'チェックを保存する', en: 'Save the signs' },
  readingTitle: { ja: '読み取り', en: 'Reading' },
  signsBehind: { ja: 'もとにした兆候', en: 'Signs behind it' },
  baseRates: { ja: '参考になる数字', en: 'Base rates' },
  caveats: { ja: '注意点', en: 'Caveats' },
  source: { ja: '出典', en: 'Source' },
  reflectionTitle: { ja: '振り返り', en: 'Reflection' },
  questions: {
    ja: 'うまく答えられなかった質問（1行に1つ）',
    en: 'Questions you could not answer well (one a line)',
  },
  betterAnswers: { ja: '次はこう答える', en: 'A better answer next time' },
  delivery: { ja: '表情・話し方・声のトーン', en: 'Expression, delivery and tone' },
  research: { ja: '企業研究と逆質問', en: 'Company research and your own questions' },
  nextTime: { ja: '次に変えること', en: 'What to change next time' },
  saveReflection: { ja: '振り返りを保存する', en: 'Save the reflection' },
  statementsTitle: { ja: '企業に伝えたこと', en: 'What you told the company' },
  statementsHint: {
    ja: '志望度・他社の状況・志望動機・キャリアプランを記録しておくと、次の面談の前に見直せます（001）。',
    en: 'Record what you said about preference, other companies, motivation and career plan, to review it before the next meeting (001).',
  },
  topic: { ja: '項目', en: 'Topic' },
  statementStage: { ja: '伝えた選考段階', en: 'Stage when you said it' },
  statementText: { ja: '伝えた内容', en: 'What you said' },
  firstChoice: { ja: '「第一志望」と伝えた', en: 'I told them they are my first choice' },
  addStatement: { ja: '伝えたことを記録する', en: 'Record it' },
  noStatements: { ja: 'まだ記録がありません。', en: 'Nothing recorded yet.' },
  warningsTitle: { ja: '食い違いのチェック', en: 'Consistency check' },
  noWarnings: { ja: '食い違いは見つかっていません。', en: 'No contradictions found.' },
  offerTitle: { ja: 'オファー面談チェックリスト', en: 'Offer meeting checklist' },
  offerHint: {
    ja: 'オファー面談は条件を確かめ、必要なら交渉する場です（001）。聞きたいことと回答を残しましょう。',
    en: 'The offer meeting is where you confirm conditions and negotiate (001). Keep your questions and their answers here.',
  },
  yourQuestion: { ja: '聞きたいこと', en: 'Your question' },
  theirAnswer: { ja: '企業の回答', en: 'Their answer' },
  confirmed: { ja: '確認できた', en: 'Confirmed' },
  saveChecklist: { ja: 'チェックリストを保存する', en: 'Save the checklist' },
  progress: { ja: '確認済み', en: 'Confirmed' },
  saved: { ja: '保存しました', en: 'Saved' },
  reflectionsTitle: { ja: '振り返りの一覧', en: 'Reflections' },
  searchLabel: { ja: '振り返りを検索', en: 'Search reflections' },
  searchButton: { ja: '検索する', en: 'Search' },
  noReflections: { ja: '該当する振り返りはありません。', en: 'No reflections found.' },
  recurringTitle: { ja: 'くり返し聞かれている質問', en: 'Questions that come back' },
  recurringHint: {
    ja: '2回以上の面接で出た質問です。答えを準備しておきましょう（003）。',
    en: 'Asked in two or more interviews: prepare an answer (003).',
  },
  noRecurring: {
    ja: 'まだ、くり返し出た質問はありません。',
    en: 'No question has come back yet.',
  },
  times: { ja: '回', en: 'times' },
  openReview: { ja: '振り返りページを開く', en: 'Open the review page' },
  back: { ja: '応募に戻る', en: 'Back to the application' },
} as const;

export type SignalWordKey = keyof typeof SIGNAL_WORDS;

/** `const w = useSignalWords(); w('signsTitle')` — the words in the current UI language. */
export function useSignalWords() {
  const { lang } = useLang();
  return (key: SignalWordKey) => SIGNAL_WORDS[key][lang];
}
