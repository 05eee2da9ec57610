import type { LintRule, Report } from '../types.js';

const BLANK = /【[^】\n]*を記入】/g;
/** ○○ / 〇〇 / ●● / ＿＿ left from a template someone copied. */
const PLACEHOLDER = /[○〇●◯△▲]{2,}|[＿_]{3,}/g;

export const unfilledBlank: LintRule = {
  id: 'unfilled-blank',
  severity: 'error',
  description: {
    ja: '【…を記入】の空欄や○○の伏せ字が残っていないか確認します。',
    en: 'Flags blanks (【…を記入】) and ○○ placeholders left in the text.',
  },
  lint: (context) => {
    const reports: Report[] = [];
    for (const m of context.text.matchAll(BLANK)) {
      reports.push({
        index: m.index,
        length: m[0].length,
        message: {
          ja: `空欄 ${m[0]} が埋まっていません。記入するまで送信できません。`,
          en: `The blank ${m[0]} is not filled in; the draft cannot be sent yet.`,
        },
      });
    }
    // Phone scripts keep ＿＿＿ lines for what the other side says: only mail is checked.
    if (context.medium === 'email') {
      for (const m of context.text.matchAll(PLACEHOLDER)) {
        reports.push({
          index: m.index,
          length: m[0].length,
          severity: 'warning',
          message: {
            ja: `伏せ字「${m[0]}」が残っています。実際の内容に書き換えましょう。`,
            en: `The placeholder "${m[0]}" is still in the text.`,
          },
        });
      }
    }
    return reports;
  },
};
