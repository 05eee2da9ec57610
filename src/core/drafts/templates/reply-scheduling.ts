import { composeEmail } from '../compose.js';
import { formatJaSlot } from '../format-date.js';
import { stageLabel } from '../parts.js';
import { EMAIL_PARTS, type DraftTemplate } from '../template.js';

/** The chosen slot(s) restated exactly, with thanks (001: a slow reply lowers the evaluation). */
export const replyScheduling: DraftTemplate = {
  id: 'reply_scheduling',
  medium: 'email',
  label: { ja: '日程調整への返信', en: 'Reply to a scheduling message' },
  when: {
    ja: '日程調整の連絡を受けたら（24時間以内）',
    en: 'on a scheduling message (within 24 hours)',
  },
  source: ['001'],
  requiredParts: EMAIL_PARTS,
  inquiry: false,
  uses: ['slots'],
  render: (ctx, b) => {
    const stage = stageLabel(ctx);
    const slots = ctx.slots ?? [];
    const listed =
      slots.length > 0
        ? slots.map((s) => `・${formatJaSlot(s.start, s.end, ctx.today)}`)
        : [`・${b.fill(undefined, 'slots', '希望する日時', 'the chosen date and time')}`];
    const lead =
      slots.length > 1
        ? 'ご提示いただいた候補のうち、下記の日時であればいずれも参加できます。'
        : 'ご提示いただいた候補のうち、下記の日時で参加を希望いたします。';
    return composeEmail(ctx, b, {
      matter: `${stage}の日程について`,
      paragraphs: [
        [`${stage}の日程についてご連絡いただき、ありがとうございます。`, lead],
        listed,
        ['お手数をおかけしますが、ご確認いただけますと幸いです。'],
      ],
    });
  },
};
