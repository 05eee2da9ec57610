import { PART_DETECTORS, defaultRequiredParts } from '../part-detectors.js';
import type { LintRule, Report } from '../types.js';

/** Every part the template promises (or the common ones) must be found in the text. */
export const requiredParts: LintRule = {
  id: 'required-parts',
  severity: 'error',
  description: {
    ja: '件名・宛名・名乗り・面接日（問い合わせ）・署名などの必須要素を確認します。',
    en: 'Checks the subject, addressee, self-introduction, interview date (inquiries) and signature.',
  },
  lint: (context) => {
    const parts = context.requiredParts ?? defaultRequiredParts(context.medium, context.inquiry);
    const reports: Report[] = [];
    for (const part of parts) {
      const detector = PART_DETECTORS[part];
      if (detector.present(context)) continue;
      reports.push({
        index: part === 'subject' ? 0 : firstTextAt(context.text, context.bodyStart),
        length: 0,
        severity: detector.severity,
        message: {
          ja: `${detector.label.ja}が見つかりません。`,
          en: `The ${detector.label.en} is missing.`,
        },
      });
    }
    return reports;
  },
};

/** Point a missing part at the first character of the body, not at a blank line. */
function firstTextAt(text: string, from: number): number {
  const m = /\S/.exec(text.slice(from));
  return m ? from + m.index : from;
}
