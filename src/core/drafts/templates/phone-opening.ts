import type { BlankCollector } from '../blanks.js';
import { company, you } from '../compose.js';
import {
  interviewDate,
  positionAndStage,
  senderName,
  spokenIntro,
  spokenPerson,
  stageLabel,
} from '../parts.js';
import type { DraftContext, PhoneLine } from '../types.js';

/** Name, affiliation, interview date and the person asked for (002 ⑤), then the handover. */
export function phoneOpening(ctx: DraftContext, b: BlankCollector): PhoneLine[] {
  const person = ctx.contact?.name.trim() ? `採用ご担当の${spokenPerson(ctx)}` : spokenPerson(ctx);
  return [
    you(
      `お世話になっております。${spokenIntro(ctx, b)}${interviewDate(ctx, b)}に御社の${positionAndStage(ctx)}を受けた件でお電話いたしました。恐れ入りますが、${person}におつなぎいただけますでしょうか。`,
    ),
    company('取り次ぎの返事：担当者に代わる、または不在'),
  ];
}

/** Once the person is on the line: name again and thanks. */
export function phoneGreetPerson(ctx: DraftContext): PhoneLine {
  return you(
    `お忙しいところ恐れ入ります。改めまして、${senderName(ctx)}と申します。先日は${stageLabel(ctx)}の機会をいただき、ありがとうございました。`,
  );
}

export const PHONE_THANKS_AND_BYE = you(
  '承知いたしました。お忙しいところご対応いただき、ありがとうございました。失礼いたします。',
);
