import { addDays, enDate, jaDate } from '../date-math.js';
import { REPLY_TEMPLATES, contactKindOf, isCompanyAnswer } from '../events.js';
import type { FollowupRule, Proposal } from '../rule.js';
import { hhmm, toTokyo } from '../tokyo-time.js';

/**
 * 返信: a message that asks for something (dates, documents, an offer's answer) is due by
 * its own deadline (返信期限, from `replyDeadlines`), else within 24 hours (001: レスポンスが
 * 遅くなると評価が下がる): received Tue 11/24 15:00 → due Wed 11/25 15:00. A reply is any
 * later email/call that is not a thank-you or inquiry, an outgoing message, a later
 * interview (the dates were settled) or a later company message. A late reply stays listed:
 * it is still owed.
 */
export const reply: FollowupRule = {
  id: 'reply',
  propose({ input, state }) {
    if (state.outcome !== null) return [];
    const out: Proposal[] = [];
    for (const p of state.placed) {
      const e = p.event;
      if (e.type !== 'message' || !(e.data.category in REPLY_TEMPLATES)) continue;
      // Settled by a reply, by the interview it arranged, or by a later company message (the
      // conversation moved on: a document request followed by a next_step was handled).
      const answered = state.placed.some(
        (q) =>
          q.index > p.index &&
          (contactKindOf(q.event) === 'reply' ||
            q.event.type === 'interview' ||
            isCompanyAnswer(q.event)),
      );
      if (answered) continue;
      const received = toTokyo(e.data.receivedAt) ?? { date: p.date, minutes: 0 };
      const own = input.replyDeadlines?.[e.data.messageId] ?? input.replyDeadlines?.[e.id];
      const until = own ?? addDays(received.date, 1);
      const what = e.data.subject ? `「${e.data.subject}」` : 'メッセージ';
      out.push({
        action: 'reply',
        key: e.id,
        keepOverdue: true,
        window: { from: received.date, recommended: received.date, until },
        reason: own
          ? {
              ja: `${jaDate(received.date)} に届いた${what}の返信期限は ${jaDate(own)} です。早めに返信しましょう（出典: 001）`,
              en: `The message received on ${enDate(received.date)} asks for an answer by ${enDate(own)}; reply early (source: 001)`,
            }
          : {
              ja: `${jaDate(received.date)} ${hhmm(received.minutes)} に届いた${what}には24時間以内、${jaDate(until)} ${hhmm(received.minutes)} までに返信しましょう（出典: 001）`,
              en: `Reply within 24 hours to the message received ${enDate(received.date)} ${hhmm(received.minutes)}: by ${enDate(until)} ${hhmm(received.minutes)} (source: 001)`,
            },
        source: '001',
        template: REPLY_TEMPLATES[e.data.category] ?? null,
      });
    }
    return out;
  },
};
