import { composeEmail } from '../compose.js';
import { stageLabel } from '../parts.js';
import { EMAIL_PARTS, type DraftTemplate } from '../template.js';

/** Optional: thanks for the chance, no complaint, the door left open (004). */
export const replyToRejection: DraftTemplate = {
  id: 'reply_to_rejection',
  medium: 'email',
  label: { ja: '不採用連絡へのお礼', en: 'Reply to a rejection' },
  when: { ja: '不採用の連絡を受けたあと（任意）', en: 'after a rejection (optional)' },
  source: ['004'],
  requiredParts: EMAIL_PARTS,
  inquiry: false,
  uses: ['stage'],
  render: (ctx, b) =>
    composeEmail(ctx, b, {
      matter: '選考結果のご連絡へのお礼',
      paragraphs: [
        [
          'このたびは選考結果をお知らせいただき、ありがとうございました。',
          `${stageLabel(ctx)}まで選考の機会をいただけたことに、心より感謝しております。`,
        ],
        [
          '選考を通じて貴社の事業や社員の皆様のお考えに触れられたことは、私にとって大きな学びとなりました。',
          'また別の形で貴社とご縁をいただける日があれば、大変うれしく存じます。',
        ],
      ],
      beforeClosing: ['末筆ながら、貴社のますますのご発展をお祈り申し上げます。'],
    }),
};
