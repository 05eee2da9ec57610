import { composeEmail } from '../compose.js';
import { interviewDay } from '../parts.js';
import { EMAIL_PARTS, type DraftTemplate } from '../template.js';

/** お礼 after a casual interview, optionally with the wish to enter the selection (000). */
export const thanksAfterCasual: DraftTemplate = {
  id: 'thanks_after_casual',
  medium: 'email',
  label: { ja: 'カジュアル面談のお礼', en: 'Thank-you after a casual interview' },
  when: { ja: 'カジュアル面談の当日', en: 'the day of the casual interview' },
  source: ['000'],
  requiredParts: EMAIL_PARTS,
  inquiry: false,
  uses: ['interviewAt', 'fields.clarified', 'wantsToProceed'],
  render: (ctx, b) => {
    const clarified = b.fill(
      ctx.fields?.clarified,
      'clarified',
      '面談で理解が深まったこと',
      'what became clearer',
    );
    const intent = ctx.wantsToProceed
      ? [
          [
            'お話を通じて志望の気持ちが固まりましたので、ぜひ選考に進みたいと考えております。',
            '今後の手続きについて、ご案内いただけますと幸いです。',
          ],
        ]
      : [];
    return composeEmail(ctx, b, {
      matter: 'カジュアル面談のお礼',
      paragraphs: [
        [
          `${interviewDay(ctx, b)}はカジュアル面談の機会を設けていただき、誠にありがとうございました。`,
          `${clarified}について詳しく伺えたことで、貴社への理解が一段と深まりました。`,
        ],
        ...intent,
      ],
      beforeClosing: ['略儀ながら、まずはメールにてお礼申し上げます。'],
    });
  },
};
