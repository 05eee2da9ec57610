import { company, you } from '../compose.js';
import { spokenPhone } from '../parts.js';
import { PHONE_PARTS, type DraftTemplate } from '../template.js';
import { phoneGreetPerson, phoneOpening } from './phone-opening.js';

/** Others heard back, the user did not: "it may not have reached me" (002 ⑥). */
export const phoneMaybeMissed: DraftTemplate = {
  id: 'phone_maybe_missed',
  medium: 'phone',
  label: { ja: '連絡の行き違いの確認（電話）', en: 'Phone: the result may not have reached me' },
  when: {
    ja: 'ほかの応募者には連絡が届いているらしいのに、自分には届いていないとき',
    en: 'when others seem to have heard back and you have not',
  },
  source: ['002'],
  requiredParts: PHONE_PARTS,
  inquiry: true,
  uses: ['interviewAt', 'contact'],
  render: (ctx, b) => {
    const lines = [
      ...phoneOpening(ctx, b),
      phoneGreetPerson(ctx),
      you(
        '私の登録した連絡先に誤りがあって、ご連絡を受け取り損ねているかもしれないと考え、確認のお電話を差し上げました。',
      ),
      you(`念のため、登録したメールアドレスは${ctx.profile.email}です。`),
      you(`電話番号は${spokenPhone(ctx.profile.phone)}です。`),
      company('確認の結果'),
      you(
        '承知いたしました。お手数をおかけし、申し訳ございません。ご確認いただき、ありがとうございました。失礼いたします。',
      ),
    ];
    return { subject: '電話台本：ご連絡の行き違いの確認', body: '', lines };
  },
};
