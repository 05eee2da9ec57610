import type { Bilingual, SeedId } from './types.js';

export interface SeedSource {
  /** What the article is about, in our words. */
  topic: Bilingual;
  /** The limit the article itself puts on what it says. */
  caveat: Bilingual;
}

/** The five seed articles (/work/shared/seeds), described and qualified in our own words. */
export const SOURCES: Record<SeedId, SeedSource> = {
  '000': {
    topic: {
      ja: 'カジュアル面談後の流れと、脈あり・不合格のサイン',
      en: 'After a casual interview: what happens and the signs',
    },
    caveat: {
      ja: 'サインは可能性をおおまかに見積もる材料で、どれか一つで結論を出すものではありません。',
      en: 'Signs only allow a rough guess; judging from any single one is premature.',
    },
  },
  '001': {
    topic: {
      ja: '最終面接後の面談の意味と、オファー面談',
      en: 'The meeting after a final interview, and the offer meeting',
    },
    caveat: {
      ja: '面談の意味は、会社が伝えた目的によって変わります。終わるまでは正式な内定ではありません。',
      en: 'What it means depends on its stated purpose; it is not an offer until it is over.',
    },
  },
  '002': {
    topic: {
      ja: '「連絡する」と言われたのに来ないときの理由と対処',
      en: 'When the promised contact does not come',
    },
    caveat: {
      ja: '返事が遅いだけで、不採用と決まったわけではありません。',
      en: 'No contact is not the same as a rejection.',
    },
  },
  '003': {
    topic: {
      ja: '「1週間以内に連絡します」と言われたときの見通し',
      en: 'What "within a week" means for your chances',
    },
    caveat: {
      ja: '24卒の調査と筆者の就活経験にもとづく内容で、企業や年度によって違います。',
      en: 'Based on a survey of 2024 graduates and the author’s experience; it varies by company and year.',
    },
  },
  '004': {
    topic: {
      ja: '「見送り」の連絡の意味と、次に活かす方法',
      en: 'What 「見送り」 means and what to do next',
    },
    caveat: {
      ja: '見送りは今回の募集についての判断で、あなたという人への評価のすべてではありません。',
      en: 'A 「見送り」 is about this opening, not a judgement of you.',
    },
  },
};
