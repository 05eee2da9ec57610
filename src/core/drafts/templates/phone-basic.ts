import { company, you } from '../compose.js';
import { promiseWords } from '../parts.js';
import { PHONE_PARTS, type DraftTemplate } from '../template.js';
import { PHONE_THANKS_AND_BYE, phoneGreetPerson, phoneOpening } from './phone-opening.js';

/** The basic phone inquiry (002 ⑤): who, which interview, for whom, why. */
export const phoneBasic: DraftTemplate = {
  id: 'phone_basic',
  medium: 'phone',
  label: { ja: '電話での問い合わせ', en: 'Inquiry by phone' },
  when: {
    ja: '問い合わせの目安日以降（始業・終業の前後30分と昼休みを避けて）',
    en: 'from the inquiry date, avoiding the first and last 30 minutes and lunch',
  },
  source: ['002'],
  requiredParts: PHONE_PARTS,
  inquiry: true,
  uses: ['interviewAt', 'promise', 'contact'],
  render: (ctx, b) => {
    const words = promiseWords(ctx);
    const heard = words
      ? `面接の際、結果は「${words}」とのお話でしたが、私の方ではまだご連絡を確認できていない状況です。`
      : '結果のご連絡時期を伺いそびれておりました。';
    const lines = [
      ...phoneOpening(ctx, b),
      phoneGreetPerson(ctx),
      you(`${heard}念のため、選考の状況をお尋ねしたくお電話いたしました。`),
      company('選考状況の説明：要点をメモ'),
      PHONE_THANKS_AND_BYE,
    ];
    return { subject: '電話台本：選考状況のお問い合わせ', body: '', lines };
  },
};
