import { formatJaDate } from '../format-date.js';
import { composeEmail } from '../compose.js';
import { interviewDate, positionAndStage } from '../parts.js';
import { INQUIRY_EMAIL_PARTS, type DraftTemplate } from '../template.js';

/** Once, days after an unanswered inquiry: name it and its date, with extra humility (002 ③). */
export const reinquiry: DraftTemplate = {
  id: 'reinquiry',
  medium: 'email',
  label: { ja: '選考結果の再確認', en: 'A second, last inquiry' },
  when: {
    ja: '最初の問い合わせから3営業日以降、返信がないとき（1回まで）',
    en: 'once, from the 3rd business day after an unanswered inquiry',
  },
  source: ['002'],
  requiredParts: INQUIRY_EMAIL_PARTS,
  inquiry: true,
  uses: ['interviewAt', 'earlierInquiryOn'],
  render: (ctx, b) => {
    const earlier = ctx.earlierInquiryOn
      ? formatJaDate(ctx.earlierInquiryOn, ctx.today)
      : b.fill(undefined, 'earlier_inquiry', '前回問い合わせた日', 'date of the first inquiry');
    return composeEmail(ctx, b, {
      matter: '選考結果に関する再度のご確認',
      paragraphs: [
        [`${interviewDate(ctx, b)}の${positionAndStage(ctx)}では、大変お世話になりました。`],
        [
          `${earlier}に選考状況をお尋ねするメールをお送りしました。`,
          '私の送信に不備があり、お手元に届いていない可能性も考え、改めてご連絡いたしました。',
        ],
        [
          'たびたびのご連絡となり大変恐縮ですが、選考の状況について、差し支えのない範囲でお知らせいただけましたら幸いです。',
        ],
      ],
      beforeClosing: ['ご多忙の折に重ねてのお願いとなり、申し訳ございません。'],
    });
  },
};
