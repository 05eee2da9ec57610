import { company, you } from '../compose.js';
import { senderName, spokenPerson, spokenPhone } from '../parts.js';
import { MESSAGE_PHONE_PARTS, type DraftTemplate } from '../template.js';
import { phoneOpening } from './phone-opening.js';

/** The person is out: a message to pass on, a callback request, the number said twice (002 ⑦). */
export const phoneAbsent: DraftTemplate = {
  id: 'phone_absent',
  medium: 'phone',
  label: { ja: '担当者不在時の伝言（電話）', en: 'Phone: leaving a message' },
  when: { ja: '担当者が不在と言われたとき', en: 'when the person is absent' },
  source: ['002'],
  requiredParts: MESSAGE_PHONE_PARTS,
  inquiry: true,
  uses: ['interviewAt', 'contact'],
  render: (ctx, b) => {
    const number = spokenPhone(ctx.profile.phone);
    const lines = [
      ...phoneOpening(ctx, b),
      you(
        `承知いたしました。恐れ入りますが、${spokenPerson(ctx)}へご伝言をお願いしてもよろしいでしょうか。`,
      ),
      you(
        `${senderName(ctx)}から選考状況の確認でお電話があった旨を、お伝えいただけますと幸いです。`,
      ),
      you('ご都合のよろしいときに折り返しのお電話をいただけましたら、ありがたく存じます。'),
      you(`私の電話番号は、${number}です。繰り返します。${number}です。`),
      company('伝言を承ったとの返事'),
      you('恐れ入りますが、お名前を伺ってもよろしいでしょうか。'),
      company('相手の名前'),
      you('ありがとうございます。お忙しいところ失礼いたしました。'),
    ];
    return { subject: '電話台本：担当者不在時の伝言', body: '', lines };
  },
};
