import { composeEmail } from '../compose.js';
import { interviewDate, positionAndStage } from '../parts.js';
import { INQUIRY_EMAIL_PARTS, type DraftTemplate } from '../template.js';

/** Status and the remaining schedule, asked as two separate points (002 ④). */
export const inquiryStatusAndSchedule: DraftTemplate = {
  id: 'inquiry_status_and_schedule',
  medium: 'email',
  label: { ja: '選考状況と今後の日程のご確認', en: 'Asking about status and schedule' },
  when: {
    ja: '問い合わせの目安日以降、今後の流れが分からないとき',
    en: 'from the inquiry date on, when the next steps are unclear',
  },
  source: ['002'],
  requiredParts: INQUIRY_EMAIL_PARTS,
  inquiry: true,
  uses: ['interviewAt'],
  render: (ctx, b) =>
    composeEmail(ctx, b, {
      matter: '選考状況と今後の日程のご確認',
      paragraphs: [
        [
          `${interviewDate(ctx, b)}に${positionAndStage(ctx)}の機会をいただき、ありがとうございました。`,
          'その後の選考について、次の二点を念のため確認したく、ご連絡いたしました。',
        ],
        ['1. 現在の選考状況', '2. 今後の選考日程（次の選考の有無や結果連絡の時期の目安）'],
        ['ご多忙のところ恐縮ですが、差し支えのない範囲でお知らせいただけますと幸いです。'],
      ],
    }),
};
