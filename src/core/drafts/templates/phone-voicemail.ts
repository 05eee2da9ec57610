import { company, you } from '../compose.js';
import { interviewDate, spokenIntro, spokenPerson, spokenPhone, stageLabel } from '../parts.js';
import { MESSAGE_PHONE_PARTS, type DraftTemplate } from '../template.js';

/** Voicemail: who, why, what you ask, the number; short (002 ⑧). */
export const phoneVoicemail: DraftTemplate = {
  id: 'phone_voicemail',
  medium: 'phone',
  label: { ja: '留守番電話のメッセージ', en: 'Phone: voicemail message' },
  when: { ja: '留守番電話につながったとき', en: 'when the call goes to voicemail' },
  source: ['002'],
  requiredParts: MESSAGE_PHONE_PARTS,
  inquiry: true,
  uses: ['interviewAt', 'contact'],
  render: (ctx, b) => {
    const lines = [
      company('留守番電話の案内：発信音のあとに話す'),
      you(
        `お世話になっております。${spokenIntro(ctx, b)}${interviewDate(ctx, b)}に御社で受けた${stageLabel(ctx)}の件で、${spokenPerson(ctx)}宛てにお電話いたしました。`,
      ),
      you(
        '選考の状況を確認したく、ご連絡いたしました。恐れ入りますが、ご都合のよろしいときに折り返しのお電話をお願いできますでしょうか。',
      ),
      you(`電話番号は、${spokenPhone(ctx.profile.phone)}です。失礼いたします。`),
    ];
    return { subject: '電話台本：留守番電話のメッセージ', body: '', lines };
  },
};
