import type { LintContext, LintOptions } from './types.js';

const SUBJECT_LINE = /^件名[：:][ \t\u3000]*(?<subject>.*)$/;
/** A ruled line (――――, ----, ＝＝＝＝) opens the signature block. */
const RULED_LINE = /^[ \t\u3000]*[-―─━=＝_＿*＊]{6,}[ \t\u3000]*$/m;
const INQUIRY_SUBJECT = /(確認|問い合わせ|問合せ|状況|いかが|結果について)/;
/** A thank-you about a result (選考結果のご連絡へのお礼) is not an inquiry. */
const THANKS_SUBJECT = /(お礼|御礼)/;

/** Parse a whole email (or phone script) into the context rules receive. */
export function parseMail(text: string, options: LintOptions): LintContext {
  const firstBreak = text.indexOf('\n');
  const firstLine = firstBreak === -1 ? text : text.slice(0, firstBreak);
  const m = SUBJECT_LINE.exec(firstLine.replace(/\r$/, ''));
  const subject = m?.groups?.subject?.trim() ?? null;
  const bodyStart = m ? (firstBreak === -1 ? text.length : firstBreak + 1) : 0;
  return {
    text,
    medium: options.medium,
    subject,
    bodyStart,
    signatureStart: findSignatureStart(text, bodyStart),
    requiredParts: options.requiredParts,
    inquiry:
      options.inquiry ??
      (subject !== null && INQUIRY_SUBJECT.test(subject) && !THANKS_SUBJECT.test(subject)),
  };
}

/**
 * The signature starts at the first ruled line after the body begins; without one, at the
 * last paragraph when that paragraph carries an e-mail address.
 */
function findSignatureStart(text: string, bodyStart: number): number {
  const rest = text.slice(bodyStart);
  const ruled = RULED_LINE.exec(rest);
  if (ruled) return bodyStart + ruled.index;
  const lastBlank = rest.trimEnd().lastIndexOf('\n\n');
  if (lastBlank !== -1 && /@/.test(rest.slice(lastBlank))) return bodyStart + lastBlank + 2;
  return text.length;
}

/** 1-based line and column of an offset. */
export function positionOf(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}
