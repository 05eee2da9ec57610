import { composeEmail } from '../compose.js';
import { formatJaDate } from '../format-date.js';
import { EMAIL_PARTS, type DraftTemplate } from '../template.js';

/** What is attached, and by when it was asked for (001: answer document requests promptly). */
export const replyDocumentRequest: DraftTemplate = {
  id: 'reply_document_request',
  medium: 'email',
  label: { ja: '書類提出のご連絡', en: 'Sending requested documents' },
  when: {
    ja: '書類の提出を求められたら（期限まで）',
    en: 'on a document request (by its due date)',
  },
  source: ['001'],
  requiredParts: EMAIL_PARTS,
  inquiry: false,
  uses: ['documents', 'documentsDueOn'],
  render: (ctx, b) => {
    const docs = (ctx.documents ?? []).filter((d) => d.trim().length > 0);
    const listed =
      docs.length > 0
        ? docs.map((d) => `・${d.trim()}`)
        : [`・${b.fill(undefined, 'documents', '提出する書類名', 'the documents sent')}`];
    const due = ctx.documentsDueOn
      ? [`ご提出期限の${formatJaDate(ctx.documentsDueOn, ctx.today)}に先立ち、お送りいたします。`]
      : [];
    return composeEmail(ctx, b, {
      matter: '提出書類の送付について',
      paragraphs: [
        [
          '書類提出のご案内をいただき、ありがとうございます。',
          'ご依頼いただいた下記の書類を、本メールに添付してお送りいたします。',
        ],
        listed,
        [...due, '内容に不足や不備がございましたら、お知らせいただけますと幸いです。'],
      ],
    });
  },
};
