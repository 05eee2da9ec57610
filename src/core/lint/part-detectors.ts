import type { Bilingual, LintContext, Medium, RequiredPart, Severity } from './types.js';

const GREETING = /お世話になっております|お世話になります|はじめまして|初めてご連絡/;
const SELF_INTRO = /と申します|でございます/;
const DATE = /(?:\d{1,2}|[０-９]{1,2})月(?:\d{1,2}|[０-９]{1,2})日|\d{1,2}\/\d{1,2}/;
const CLOSING = /よろしくお願い(?:申し上げます|いたします|致します)/;
const ADDRESSEE = /(?:様|御中|各位)[ \t\u3000]*$/m;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
/** 090-1234-5678, 03-1234-5678, 09012345678, or digits read in groups 090、1234、5678. */
export const PHONE_NUMBER = /0\d{1,4}[-－‐ー、, \u3000]?\d{1,4}[-－‐ー、, \u3000]?\d{3,4}/;

export interface PartDetector {
  label: Bilingual;
  severity: Severity;
  present: (context: LintContext) => boolean;
}

/** The body between the subject line and the signature. */
function main(c: LintContext): string {
  return c.text.slice(c.bodyStart, c.signatureStart);
}

/** The head of the body: what comes before the greeting (or the first four lines). */
function head(c: LintContext): string {
  const body = main(c);
  const g = GREETING.exec(body);
  return g ? body.slice(0, g.index) : body.split('\n').slice(0, 4).join('\n');
}

export const PART_DETECTORS: Record<RequiredPart, PartDetector> = {
  subject: {
    label: { ja: '件名', en: 'subject' },
    severity: 'error',
    present: (c) => c.subject !== null && c.subject.length > 0,
  },
  addressee: {
    label: { ja: '宛名（会社名・担当者名＋様）', en: 'addressee' },
    severity: 'error',
    present: (c) => ADDRESSEE.test(head(c)),
  },
  greeting: {
    label: { ja: '挨拶（お世話になっております）', en: 'opening greeting' },
    severity: 'warning',
    present: (c) => GREETING.test(main(c)),
  },
  self_intro: {
    label: { ja: '名乗り（所属と氏名）', en: 'self-introduction' },
    severity: 'error',
    present: (c) => SELF_INTRO.test(main(c)),
  },
  interview_date: {
    label: { ja: '面接日', en: 'interview date' },
    severity: 'error',
    present: (c) => DATE.test(main(c)),
  },
  closing: {
    label: { ja: '結び（よろしくお願い申し上げます）', en: 'closing' },
    severity: 'warning',
    present: (c) => CLOSING.test(main(c)),
  },
  signature: {
    label: { ja: '署名（氏名・所属・メール・電話）', en: 'signature' },
    severity: 'error',
    present: (c) => {
      const sig = c.text.slice(c.signatureStart);
      return sig.length > 0 && (EMAIL.test(sig) || PHONE_NUMBER.test(sig));
    },
  },
  callback_number: {
    label: { ja: '折り返し先の電話番号', en: 'callback number' },
    severity: 'error',
    present: (c) => PHONE_NUMBER.test(main(c)),
  },
};

/** The parts checked when no template says otherwise (drafts.md, common parts). */
export function defaultRequiredParts(medium: Medium, inquiry: boolean): RequiredPart[] {
  const common: RequiredPart[] =
    medium === 'email'
      ? ['subject', 'addressee', 'greeting', 'self_intro', 'closing', 'signature']
      : ['self_intro'];
  return inquiry ? [...common, 'interview_date'] : common;
}
