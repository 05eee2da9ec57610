import type { LintContext, LintRule } from '../types.js';

/** About 400 characters: an inquiry the reader takes in at a glance (drafts.md). */
export const INQUIRY_MAX_CHARS = 400;

const GREETING = /お世話になっております|お世話になります/;

/** Characters of the body proper: from the greeting to the signature, whitespace excluded. */
export function inquiryBodyLength(context: LintContext): { start: number; chars: number } {
  const body = context.text.slice(context.bodyStart, context.signatureStart);
  const g = GREETING.exec(body);
  const from = g ? g.index : 0;
  return {
    start: context.bodyStart + from,
    chars: [...body.slice(from).replace(/\s/g, '')].length,
  };
}

export function createInquiryLength(max = INQUIRY_MAX_CHARS): LintRule {
  return {
    id: 'inquiry-length',
    severity: 'warning',
    description: {
      ja: `問い合わせの本文が長すぎないか（約${max}字まで）確認します。`,
      en: `Flags an inquiry whose body is longer than about ${max} characters.`,
    },
    lint: (context) => {
      if (!context.inquiry || context.medium !== 'email') return [];
      const { start, chars } = inquiryBodyLength(context);
      if (chars <= max) return [];
      return [
        {
          index: start,
          length: 0,
          message: {
            ja: `問い合わせの本文が${chars}字あります。${max}字程度に収め、用件を簡潔に伝えましょう（002）。`,
            en: `The inquiry body has ${chars} characters; keep it to about ${max} (002).`,
          },
        },
      ];
    },
  };
}

export const inquiryLength: LintRule = createInquiryLength();
