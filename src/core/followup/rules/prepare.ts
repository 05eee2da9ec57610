import { tokyoDateOfString } from '../../domain/dates.js';
import { STAGE_LABELS } from '../../domain/stage.js';
import { addDays, enDate, jaDate, minDate } from '../date-math.js';
import type { FollowupRule, Proposal } from '../rule.js';

/**
 * 準備 for the next scheduled stage: prepare and reread what you told this company (001:
 * 選考中と言っていることが違う). Interview Thu 12/03 recorded Mon 11/30 → from 11/30,
 * recommended Wed 12/02, until 12/03. An オファー面談 brings the 8-item checklist (001).
 */
export const prepare: FollowupRule = {
  id: 'prepare',
  propose({ state, today }) {
    if (state.outcome !== null) return [];
    const out: Proposal[] = [];
    for (const s of state.scheduled) {
      const e = s.event;
      const recorded = tokyoDateOfString(e.recordedAt) ?? s.date;
      const dayBefore = addDays(s.date, -1);
      const offer = e.data.stage === 'offer_meeting';
      const label = STAGE_LABELS[e.data.stage];
      out.push({
        action: 'prepare',
        key: e.id,
        window: {
          from: minDate(recorded, minDate(today, dayBefore)),
          recommended: dayBefore,
          until: s.date,
        },
        reason: offer
          ? {
              ja: `${jaDate(s.date)} のオファー面談に向けて、内定通知書・雇用条件・配属・業務内容・制度・福利厚生・給与と昇給・入社日の確認事項をまとめましょう（出典: 001）`,
              en: `Before the offer meeting on ${enDate(s.date)}, list your questions on the offer letter, terms, department, work, schemes, benefits, pay and raises, and start date (source: 001)`,
            }
          : {
              ja: `${jaDate(s.date)} の${label.ja}に向けて準備しましょう。これまでこの企業に伝えた志望動機や他社の選考状況を読み返し、食い違いのないように（出典: 001, 000）`,
              en: `Prepare for the ${label.en.toLowerCase()} on ${enDate(s.date)}; reread what you told this company (motivation, other applications) so your answers stay consistent (sources: 001, 000)`,
            },
        source: '001',
        template: offer ? 'offer_meeting_questions' : null,
      });
    }
    const meeting = state.placed.findLast(
      (p) => p.event.type === 'message' && p.event.data.category === 'offer_meeting',
    );
    const scheduledAfter =
      meeting && state.placed.some((p) => p.index > meeting.index && p.event.type === 'interview');
    if (meeting && !scheduledAfter)
      out.push({
        action: 'prepare',
        key: meeting.event.id,
        window: { from: meeting.date, recommended: meeting.date, until: null },
        reason: {
          ja: `${jaDate(meeting.date)} に面談の案内が届きました。オファー面談なら条件を確認する場です。確認事項をまとめましょう。選考状況の共有が目的の面談は不採用の場合もあります（出典: 001）`,
          en: `A meeting invitation arrived on ${enDate(meeting.date)}. An offer meeting is where conditions are confirmed: list your questions. A meeting "to share the status" can also bring a rejection (source: 001)`,
        },
        source: '001',
        template: 'offer_meeting_questions',
      });
    return out;
  },
};
