import type { Stage } from '../domain/stage.js';
import type { Bilingual, StageGuidance } from './types.js';

type Entry = Omit<StageGuidance, 'stage'>;

const WAIT_AND_MOVE: Bilingual = {
  ja: '結果を待つ間も、他社の選考を止めずに進める（002・003）',
  en: 'Keep other applications moving while you wait (002, 003)',
};
const REFLECT: Bilingual = {
  ja: '答えにくかった質問と、次はどう答えるかを振り返りに書く（002・004）',
  en: 'Write down the questions you struggled with and a better answer (002, 004)',
};

const INTERVIEW: Entry = {
  meaning: {
    ja: '結果の連絡は3日から1週間ほどが目安です。会社や段階によっては1〜2週間、またはそれ以上待つこともあります（002）。',
    en: 'Results usually come within 3 days to a week, sometimes 1–2 weeks or more (002).',
  },
  todo: [WAIT_AND_MOVE, REFLECT],
  sources: ['002', '003'],
};

/** What each stage means and what to do now, with the seeds it rests on. */
const GUIDANCE: Record<Stage, Entry> = {
  casual: {
    meaning: {
      ja: '「カジュアル」と呼ばれていても、会社はあなたを見ています。この面談だけで内定に至ることはほとんどなく、うまくいけば正式な選考に案内されます（000）。',
      en: 'A casual interview is still evaluated; an offer from it alone is rare, and the usual next step is a formal selection (000).',
    },
    todo: [
      {
        ja: '面談の当日にお礼を送り、次の選考を受けたいと自分から伝える（000）',
        en: 'Send thanks the same day and say clearly that you want to go on (000)',
      },
      {
        ja: '書類や次の面接でも、この面談で話したことと食い違わないようにする（000）',
        en: 'Keep what you said here consistent with your documents and interviews (000)',
      },
    ],
    sources: ['000'],
  },
  document: { ...INTERVIEW, todo: [WAIT_AND_MOVE] },
  test: { ...INTERVIEW, todo: [WAIT_AND_MOVE] },
  interview_1: INTERVIEW,
  interview_2: INTERVIEW,
  interview_n: INTERVIEW,
  final: {
    meaning: {
      ja: '最終面接の結果は、社内での最終判断や調整があるぶん、ほかの段階より遅めに届くことがあります（002）。',
      en: 'Final interviews take longer to decide and arrange, so results can be slower (002).',
    },
    todo: [
      {
        ja: '伝えた志望度・他社の状況・志望動機を記録し、次の面談で食い違わないようにする（001）',
        en: 'Record what you said about preference, other companies and motivation, to stay consistent (001)',
      },
      WAIT_AND_MOVE,
    ],
    sources: ['001', '002'],
  },
  after_final: {
    meaning: {
      ja: '最終面接のあとに面談が入るのは、たいてい会社があなたに内定を受けてほしいと考えているからです。ただ、目的が「選考状況の共有」や「フィードバック」と書かれていれば、見送りを伝える場のこともあります（001）。',
      en: 'A meeting after the final usually means the company wants you to accept an offer; if its purpose is "status sharing" or "feedback", it may be a rejection (001).',
    },
    todo: [
      {
        ja: 'これまでに伝えた志望度・志望動機・キャリアプランを見直し、話を一貫させる（001）',
        en: 'Review what you told them about preference, motivation and career plan, and stay consistent (001)',
      },
      {
        ja: '面談が終わるまでは選考の一部です。最後まで誠実な態度で（001）',
        en: 'Until it is over it is still part of the selection: stay sincere to the end (001)',
      },
    ],
    sources: ['001'],
  },
  offer_meeting: {
    meaning: {
      ja: 'オファー面談は内定のあとに、条件を確かめ、必要なら交渉する場です（001）。',
      en: 'The offer meeting comes after the offer: it is where you confirm conditions and negotiate (001).',
    },
    todo: [
      {
        ja: '下のチェックリスト8項目について、聞きたいことを準備する（001）',
        en: 'Prepare your questions on the eight checklist items below (001)',
      },
      {
        ja: '給与や入社日の交渉は、この場がいちばん適しています（001）',
        en: 'This is the right place to negotiate salary or the start date (001)',
      },
    ],
    sources: ['001'],
  },
  offer: {
    meaning: {
      ja: '内定が出ています。承諾する前に、条件をひとつずつ確かめましょう（001）。',
      en: 'You have an offer. Check the conditions one by one before you accept (001).',
    },
    todo: [
      {
        ja: 'オファー面談でチェックリストの項目を確認する（001）',
        en: 'Go through the checklist in the offer meeting (001)',
      },
      {
        ja: '内定後も、態度を変えずに誠実に対応する（001）',
        en: 'Stay as courteous after the offer as before it (001)',
      },
    ],
    sources: ['001'],
  },
};

/** What the stage means and what to do now (the Record makes every stage answer). */
export const stageGuidance = (stage: Stage): StageGuidance => ({ stage, ...GUIDANCE[stage] });
