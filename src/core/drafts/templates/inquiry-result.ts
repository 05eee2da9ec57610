import { formatJaDate } from '../format-date.js';
import { composeEmail } from '../compose.js';
import { interviewDate, positionAndStage, promiseWords } from '../parts.js';
import { INQUIRY_EMAIL_PARTS, type DraftTemplate } from '../template.js';
import type { DraftContext } from '../types.js';

/** What was promised and when, then the 念のため stance (002 ①②, 003). */
function promiseLines(ctx: DraftContext): string[] {
  const words = promiseWords(ctx);
  if (words === undefined) {
    return ['結果のご連絡時期を伺いそびれておりましたので、念のためお問い合わせいたしました。'];
  }
  const heard = `面接の際、選考結果については「${words}」とご案内いただいておりました。`;
  const deadline = ctx.promise?.deadline;
  const since = deadline
    ? `${formatJaDate(deadline, ctx.today)}を過ぎましたものの、私の方でご連絡を確認できておりませんので、念のためお問い合わせいたしました。`
    : '現時点で私の方ではご連絡を確認できておりませんので、念のためお問い合わせいたしました。';
  return [heard, since];
}

export const inquiryResult: DraftTemplate = {
  id: 'inquiry_result',
  medium: 'email',
  label: { ja: '選考結果のご確認', en: 'Asking about the result' },
  when: { ja: '問い合わせの目安日以降', en: 'from the inquiry date on' },
  source: ['002', '003'],
  requiredParts: INQUIRY_EMAIL_PARTS,
  inquiry: true,
  uses: ['interviewAt', 'promise'],
  render: (ctx, b) =>
    composeEmail(ctx, b, {
      matter: '選考結果に関するご確認',
      paragraphs: [
        [
          `${interviewDate(ctx, b)}に${positionAndStage(ctx)}の機会をいただき、ありがとうございました。`,
        ],
        promiseLines(ctx),
        ['すでにお送りいただいている場合は、行き違いとなり申し訳ございません。'],
        [
          'ご多用の折に恐れ入りますが、結果のご連絡時期の目安、または今後の流れをお聞かせいただければ幸いです。',
        ],
      ],
    }),
};
