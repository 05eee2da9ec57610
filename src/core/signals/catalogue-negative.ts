import { ALL_INTERVIEWS } from './stage-sets.js';
import type { Sign } from './types.js';

/** Negative signs (不合格サイン) of spec/signals.md; the wording is ours, the facts the seeds'. */
export const NEGATIVE_SIGNS: readonly Sign[] = [
  {
    id: 'ended_early',
    polarity: 'negative',
    label: {
      ja: '予定の時間よりかなり早く切り上げられた',
      en: 'It ended clearly earlier than planned',
    },
    sources: ['000'],
    stages: ALL_INTERVIEWS,
    caveats: [
      {
        source: '000',
        text: {
          ja: '面接官の予定の都合で早く終わることもあります。',
          en: "The interviewer's own schedule can cut a meeting short.",
        },
      },
    ],
  },
  {
    id: 'vague_answers',
    polarity: 'negative',
    label: {
      ja: 'こちらが尋ねたことに、はっきりしない短い答えしか返ってこなかった',
      en: 'Your questions got vague, curt answers',
    },
    sources: ['000'],
    stages: ALL_INTERVIEWS,
    caveats: [],
  },
  {
    id: 'no_deep_dive',
    polarity: 'negative',
    label: {
      ja: 'これまでの経験や得意なことを掘り下げる質問がほとんどなかった',
      en: 'Nobody dug into your skills and experience',
    },
    sources: ['000'],
    stages: ALL_INTERVIEWS,
    caveats: [],
  },
  {
    id: 'no_contact_long',
    polarity: 'negative',
    label: {
      ja: '約束の日を大きく過ぎても、または期日なしで2週間以上、連絡がない',
      en: 'No word long after the promised date, or for 2+ weeks when no date was given',
    },
    sources: ['000'],
    stages: [...ALL_INTERVIEWS, 'after_final'],
    caveats: [
      {
        source: '002',
        text: {
          ja: '応募者が多い、補欠として保留中、担当者の連絡漏れなど、遅れる理由は他にもあります。',
          en: 'Delays also come from many applicants, a reserve hold, or a missed email.',
        },
      },
    ],
  },
  {
    id: 'template_rejection',
    polarity: 'negative',
    label: {
      ja: '面接の話に一切触れない定型文の不採用通知が届いた',
      en: 'A template rejection arrived that mentions nothing from the interview',
    },
    sources: ['000'],
    stages: [...ALL_INTERVIEWS, 'after_final'],
    caveats: [
      {
        source: '004',
        text: {
          ja: '「見送り」は、将来の再応募の余地を残した言い方のこともあります。',
          en: '「見送り」 can be a soft wording that leaves room to apply again later.',
        },
      },
    ],
  },
];

/** Signs that only make sense for a meeting set after the final interview (001). */
export const AFTER_FINAL_SIGNS: readonly Sign[] = [
  {
    id: 'meeting_to_settle_concerns',
    polarity: 'positive',
    label: {
      ja: '最終面接のあと、疑問や不安を解消するための面談に呼ばれた',
      en: 'After the final, you were invited to a meeting to clear up your questions',
    },
    sources: ['001'],
    stages: ['after_final'],
    caveats: [
      {
        source: '001',
        text: {
          ja: '面談を終えるまでは正式な内定ではありません。受け答えや態度で評価が下がることもあります。',
          en: 'Until the meeting is over there is no offer; attitude can still change the outcome.',
        },
      },
    ],
  },
  {
    id: 'framed_as_feedback',
    polarity: 'negative',
    label: {
      ja: '面談の目的を「選考状況の共有」や「フィードバック」と伝えられた',
      en: 'The meeting was framed as "status sharing" or "feedback"',
    },
    sources: ['001'],
    stages: ['after_final'],
    caveats: [
      {
        source: '001',
        text: {
          ja: '必ず見送りという意味ではありません。連絡の内容をよく確かめましょう。',
          en: 'It does not always mean a rejection; read the invitation carefully.',
        },
      },
    ],
  },
];
