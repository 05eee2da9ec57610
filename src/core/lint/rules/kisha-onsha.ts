import type { LintRule, Report } from '../types.js';

/** Mail uses 貴社 (written), phone uses 御社 (spoken); drafts.md, tone checks. */
export const kishaOnsha: LintRule = {
  id: 'kisha-onsha',
  severity: 'error',
  description: {
    ja: 'メールでは「貴社」、電話では「御社」を使います。',
    en: 'Write 貴社 in mail and say 御社 on the phone.',
  },
  lint: (context) => {
    const wrong = context.medium === 'email' ? '御社' : '貴社';
    const right = context.medium === 'email' ? '貴社' : '御社';
    const where = context.medium === 'email' ? 'メール（書き言葉）' : '電話（話し言葉）';
    const reports: Report[] = [];
    for (let i = context.text.indexOf(wrong); i !== -1; i = context.text.indexOf(wrong, i + 1)) {
      reports.push({
        index: i,
        length: wrong.length,
        message: {
          ja: `${where}では「${wrong}」ではなく「${right}」を使います。`,
          en: `Use ${right} instead of ${wrong} in ${context.medium === 'email' ? 'writing' : 'speech'}.`,
        },
        fix: { range: [i, i + wrong.length], text: right },
        suggestion: right,
      });
    }
    return reports;
  },
};
