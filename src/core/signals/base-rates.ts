import type { BaseRate, SignStage } from './types.js';

/**
 * 「1週間以内に連絡します」 and its spellings: 一週間以内, １週間以内 (NFKC), 7日以内.
 * The lookbehind keeps 11週間以内 and 21日以内 out.
 */
const WITHIN_A_WEEK = /(?<![0-9〇一二三四五六七八九十])(?:1|一)週間以内|(?<![0-9])(?:7|七)日以内/u;

/** True for promises of the kind seed 003 surveyed: a result "within a week". */
export function isWithinAWeek(promiseText: string | undefined): boolean {
  if (!promiseText) return false;
  return WITHIN_A_WEEK.test(promiseText.normalize('NFKC').replace(/\s+/g, ''));
}

const WITHIN_A_WEEK_RATES: readonly BaseRate[] = [
  {
    id: 'within_a_week_passed',
    rate: 0.67,
    text: {
      ja: '「1週間以内に連絡します」と言われた24卒の回答者のうち、67%が通過の連絡を受けています（003）。',
      en: 'Of 2024 graduates surveyed who were told "we will contact you within a week", 67% heard they had passed (003).',
    },
    source: '003',
    caveat: {
      ja: '新卒（24卒）への調査の割合で、あなた個人の合否の確率ではありません。',
      en: 'A share from a survey of new graduates, not the odds of your own result.',
    },
  },
  {
    id: 'within_a_week_kept',
    rate: 0.9,
    text: {
      ja: '「1週間以内」と伝えた企業の9割以上は、実際にその期間内に連絡しています（003）。',
      en: 'More than 90% of companies that say "within a week" do contact within it (003).',
    },
    source: '003',
    caveat: {
      ja: '期限を過ぎても、翌日（8日目）に落ち着いて問い合わせれば十分です。',
      en: 'If the week passes, a calm inquiry on the eighth day is soon enough.',
    },
  },
];

const AFTER_FINAL_MEETING: BaseRate = {
  id: 'after_final_meeting',
  rate: null,
  text: {
    ja: '最終面接のあとに面談が入るのは、たいてい会社があなたに内定を受けてほしいと考えているからです（001）。',
    en: 'A meeting set after the final interview is usually there because an offer is intended (001).',
  },
  source: '001',
  caveat: {
    ja: '目的が「選考状況の共有」や「フィードバック」なら、見送りの連絡のこともあります（001）。',
    en: 'If its purpose is "status sharing" or "feedback", it may be a rejection (001).',
  },
};

/**
 * The base rates that apply: the within-a-week survey only for that kind of promise, and the
 * post-final meeting rate only after a final, and not when it was framed as feedback.
 */
export function baseRatesFor(
  stage: SignStage | null,
  promiseText: string | undefined,
  ticked: ReadonlySet<string>,
): BaseRate[] {
  const rates: BaseRate[] = [];
  if (isWithinAWeek(promiseText)) rates.push(...WITHIN_A_WEEK_RATES);
  if (stage === 'after_final' && !ticked.has('framed_as_feedback')) rates.push(AFTER_FINAL_MEETING);
  return rates;
}
