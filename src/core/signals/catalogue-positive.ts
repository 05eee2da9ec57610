import type { Sign } from './types.js';

import { ALL_INTERVIEWS, FORMAL } from './stage-sets.js';

/** Positive signs (脈あり) of spec/signals.md; the wording is ours, the facts the seeds'. */
export const POSITIVE_SIGNS: readonly Sign[] = [
  {
    id: 'ran_long',
    polarity: 'positive',
    label: { ja: '予定より長く話が続いた', en: 'It ran longer than planned' },
    sources: ['000', '003'],
    stages: ALL_INTERVIEWS,
    caveats: [
      {
        source: '000',
        text: {
          ja: '面接官が話好きなだけのこともあり、長さだけでは判断できません。',
          en: 'The interviewer may simply like to talk; length alone tells little.',
        },
      },
    ],
  },
  {
    id: 'next_steps_concrete',
    polarity: 'positive',
    label: {
      ja: '次の選考の日程・担当者・準備書類など、具体的な話が出た',
      en: 'Next steps were discussed concretely (dates, next interviewer, documents)',
    },
    sources: ['000'],
    stages: ALL_INTERVIEWS,
    caveats: [],
  },
  {
    id: 'quick_positive_contact',
    polarity: 'positive',
    label: {
      ja: '1〜2日以内に前向きな連絡が来た',
      en: 'A positive message came within one or two days',
    },
    sources: ['000'],
    stages: [...ALL_INTERVIEWS, 'after_final'],
    caveats: [],
  },
  {
    id: 'introduced_to_team',
    polarity: 'positive',
    label: {
      ja: '一緒に働くことになるチームの社員に引き合わされた',
      en: 'You were introduced to people from the team',
    },
    sources: ['000'],
    stages: ALL_INTERVIEWS,
    caveats: [],
  },
  {
    id: 'specific_positive_feedback',
    polarity: 'positive',
    label: {
      ja: '自分の経験について、具体的に肯定的な言葉をもらえた',
      en: 'You got positive, specific feedback on your experience',
    },
    sources: ['000'],
    stages: ALL_INTERVIEWS,
    caveats: [
      {
        source: '000',
        text: {
          ja: '社交辞令との違いは具体性です。一般的なほめ言葉だけなら弱い手がかりです。',
          en: 'What separates it from politeness is detail; generic praise is a weak hint.',
        },
      },
    ],
  },
  {
    id: 'asked_other_companies',
    polarity: 'positive',
    label: {
      ja: 'ほかの会社の選考がどこまで進んでいるか、細かく尋ねられた',
      en: "You were asked in detail about other companies' selections",
    },
    sources: ['003'],
    stages: [...FORMAL, 'after_final'],
    caveats: [
      {
        source: '003',
        text: {
          ja: '24卒の就活経験にもとづく見方で、業界や企業によって当てはまらないことがあります。',
          en: 'This comes from 2024 graduates’ experience and may not hold in every industry.',
        },
      },
    ],
  },
  {
    id: 'long_reverse_questions',
    polarity: 'positive',
    label: {
      ja: '逆質問の時間を長く取っても歓迎された',
      en: 'A long time for your own questions was welcomed',
    },
    sources: ['003'],
    stages: FORMAL,
    caveats: [],
  },
  {
    id: 'personal_questions',
    polarity: 'positive',
    label: {
      ja: '終盤に、あなた自身についての雑談に近い質問が多かった',
      en: 'Near the end there were many personal, conversational questions',
    },
    sources: ['003'],
    stages: FORMAL,
    caveats: [
      {
        source: '003',
        text: {
          ja: '雑談のようでも、これまでの回答と人柄が合っているか確かめられています。',
          en: 'Even when it feels like small talk, they are checking that you match your answers.',
        },
      },
    ],
  },
];
