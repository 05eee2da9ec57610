import { composeEmail } from '../compose.js';
import { interviewDay, stageLabel } from '../parts.js';
import { EMAIL_PARTS, type DraftTemplate } from '../template.js';

/** お礼メール on the interview day (000: 当日中にお礼のメールを送る). */
export const thanksAfterInterview: DraftTemplate = {
  id: 'thanks_after_interview',
  medium: 'email',
  label: { ja: '面接のお礼', en: 'Thank-you after an interview' },
  when: { ja: '面接当日（翌日まで）', en: 'the interview day (the next day at the latest)' },
  source: ['000'],
  requiredParts: EMAIL_PARTS,
  inquiry: false,
  uses: ['interviewAt', 'fields.impression'],
  render: (ctx, b) => {
    const stage = stageLabel(ctx);
    const impression = b.fill(
      ctx.fields?.impression,
      'impression',
      '面接で印象に残ったこと',
      'one thing from the interview',
    );
    const resolve =
      ctx.profile.kind === 'shukatsu'
        ? 'お話を伺い、貴社で働きたいという思いがいっそう強くなりました。'
        : 'これまでの経験を貴社でどう生かせるか、具体的に考える良い機会となりました。';
    return composeEmail(ctx, b, {
      matter: `${stage}のお礼`,
      paragraphs: [
        [
          `${interviewDay(ctx, b)}は${stage}のお時間をいただき、誠にありがとうございました。`,
          `特に、${impression}についてのお話が強く印象に残っております。`,
          resolve,
        ],
      ],
      beforeClosing: ['略儀ながら、まずはメールにてお礼申し上げます。'],
    });
  },
};
