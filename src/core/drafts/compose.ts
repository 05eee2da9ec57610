import type { BlankCollector } from './blanks.js';
import { addressee, selfIntro, signature, subjectLine } from './parts.js';
import type { DraftContext, PhoneLine } from './types.js';

export const CLOSING = '何卒よろしくお願い申し上げます。';

export interface EmailSpec {
  matter: string;
  /** Paragraphs of the body, each a list of lines. */
  paragraphs: readonly (readonly string[])[];
  /** Lines just before the closing (e.g. a 末筆ながら wish). */
  beforeClosing?: readonly string[];
}

/** Subject + addressee + greeting + self-introduction + body + closing + signature. */
export function composeEmail(ctx: DraftContext, b: BlankCollector, spec: EmailSpec) {
  const blocks = [
    addressee(ctx),
    ['お世話になっております。', selfIntro(ctx, b)].join('\n'),
    ...spec.paragraphs.map((p) => p.join('\n')),
    [...(spec.beforeClosing ?? []), CLOSING].join('\n'),
    signature(ctx),
  ];
  return { subject: subjectLine(ctx, spec.matter), body: `${blocks.join('\n\n')}\n` };
}

const SPEAKER = { you: 'あなた', company: '相手' } as const;

/** A phone script as text: あなた：… / 相手：（cue）＿＿＿＿ */
export function phoneBody(lines: readonly PhoneLine[]): string {
  return `${lines
    .map((l) =>
      l.speaker === 'you'
        ? `${SPEAKER.you}：${l.text}`
        : `${SPEAKER.company}：（${l.cue}）＿＿＿＿`,
    )
    .join('\n\n')}\n`;
}

export function you(text: string): PhoneLine {
  return { speaker: 'you', text };
}

export function company(cue: string): PhoneLine {
  return { speaker: 'company', cue };
}
