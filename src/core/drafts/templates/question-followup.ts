import { composeEmail } from '../compose.js';
import { interviewDay, stageLabel } from '../parts.js';
import { EMAIL_PARTS, type DraftTemplate } from '../template.js';

/** One short question after the thank-you, introduced with an apology (000). */
export const questionFollowup: DraftTemplate = {
  id: 'question_followup',
  medium: 'email',
  label: { ja: '追加のご質問', en: 'A follow-up question' },
  when: { ja: 'お礼メールに添えて（任意）', en: 'with or after the thank-you (optional)' },
  source: ['000'],
  requiredParts: EMAIL_PARTS,
  inquiry: false,
  uses: ['interviewAt', 'fields.question'],
  render: (ctx, b) => {
    const stage = stageLabel(ctx);
    const question = b.fill(ctx.fields?.question, 'question', '質問内容', 'the question');
    return composeEmail(ctx, b, {
      matter: `${stage}に関するご質問`,
      paragraphs: [
        [
          `${interviewDay(ctx, b)}は${stage}のお時間をいただき、ありがとうございました。`,
          '面接の場で伺いそびれた点があり、重ねてのご連絡で恐縮ですが、一点だけ質問をお送りいたします。',
        ],
        [`・${question}`],
        ['お忙しいところ恐れ入りますが、お手すきの際にご回答いただけましたら幸いです。'],
      ],
    });
  },
};
