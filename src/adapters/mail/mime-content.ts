import type { AttachmentInfo, CharsetInfo } from './types.js';

/** The body side of a decoded message, whichever parser produced it. */
export interface MimeContent {
  text: string | null;
  html: string | null;
  attachments: AttachmentInfo[];
  charset: CharsetInfo | null;
  problems: string[];
}

/** `body: …` for a one-part message, `part 2: …` otherwise: the same wording from every path. */
export function partProblems(problems: readonly (string | null)[]): string[] {
  const label = (i: number): string => (problems.length === 1 ? 'body' : `part ${i + 1}`);
  return problems.flatMap((p, i) => (p ? [`${label(i)}: ${p}`] : []));
}
