import { type PhraseEntry, findPhrases } from '../phrase-rule.js';
import type { LintRule } from '../types.js';

function fix(pattern: RegExp, replacement: string, why: string): PhraseEntry {
  return {
    pattern,
    replacement,
    message: {
      ja: `二重敬語です（${why}）。「${replacement}」で十分です。`,
      en: `Double honorific (${why}); "${replacement}" is enough.`,
    },
  };
}

function warn(pattern: RegExp, ja: string, en: string, suggestion?: string): PhraseEntry {
  const e: PhraseEntry = { pattern, severity: 'warning', message: { ja, en } };
  if (suggestion !== undefined) e.suggestion = suggestion;
  return e;
}

/** Exact forms first (they carry a fix), then the generic stems without one. */
export const DOUBLE_HONORIFICS: readonly PhraseEntry[] = [
  fix(/おっしゃられる/, 'おっしゃる', 'おっしゃる＋れる'),
  fix(/おっしゃられた/, 'おっしゃった', 'おっしゃる＋れる'),
  fix(/おっしゃられました/, 'おっしゃいました', 'おっしゃる＋れる'),
  fix(/おっしゃられて/, 'おっしゃって', 'おっしゃる＋れる'),
  fix(/拝見させていただきました/, '拝見しました', '拝見＋させていただく'),
  fix(/拝見させていただきます/, '拝見いたします', '拝見＋させていただく'),
  fix(/拝見させていただ(?=[きく])/, '拝見し', '拝見＋させていただく'),
  fix(/ご覧になられ(?=[るた])/, 'ご覧にな', 'ご覧になる＋れる'),
  fix(/ご覧になられました/, 'ご覧になりました', 'ご覧になる＋れる'),
  fix(/お伺いさせていただきたく/, '伺いたく', 'お＋伺う＋させていただく'),
  fix(/お伺いさせていただきます/, '伺います', 'お＋伺う＋させていただく'),
  fix(/お伺いさせていただきました/, '伺いました', 'お＋伺う＋させていただく'),
  fix(/お伺いさせていただ(?=[きく])/, '伺わせていただ', 'お＋伺う＋させていただく'),
  fix(/お越しになられ(?=[るた])/, 'お越しにな', 'お越しになる＋れる'),
  fix(/お戻りになられ(?=[るた])/, 'お戻りにな', 'お戻りになる＋れる'),
  fix(/お戻りになられますか/, 'お戻りになりますか', 'お戻りになる＋れる'),
  fix(/お帰りになられ(?=[るた])/, 'お帰りにな', 'お帰りになる＋れる'),
  fix(/お見えになられ(?=[るた])/, 'お見えにな', 'お見えになる＋れる'),
  fix(/お召し上がりになられ/, 'お召し上がりにな', 'お召し上がりになる＋れる'),
  fix(/拝読させていただきました/, '拝読しました', '拝読＋させていただく'),
  fix(/申されました/, 'おっしゃいました', '謙譲語「申す」＋尊敬「れる」'),
  fix(/申された/, 'おっしゃった', '謙譲語「申す」＋尊敬「れる」'),
  fix(/申される/, 'おっしゃる', '謙譲語「申す」＋尊敬「れる」'),
  fix(/各位様/, '各位', '各位＋様'),
  fix(/御中[ \u3000]*[^\s]*様/, '御中', '御中と様の併用'),
  warn(
    /(?:部長|課長|社長|次長|係長|人事部長)様/,
    '役職名はそれ自体が敬称です。「佐藤部長」または「部長の佐藤様」と書きましょう。',
    'A job title is already an honorific; do not add 様.',
  ),
  warn(
    /了解(?:しました|いたしました|です)/,
    '目上の相手には「承知いたしました」がより丁寧です。',
    'Use 承知いたしました with the company.',
    '承知いたしました',
  ),
  warn(
    /ご苦労様/,
    '「ご苦労様」は目下への言葉です。「お疲れ様」または「ありがとうございます」にしましょう。',
    'ご苦労様 is said to juniors; thank them instead.',
  ),
];

export const noDoubleHonorific: LintRule = {
  id: 'no-double-honorific',
  severity: 'error',
  description: {
    ja: 'おっしゃられる・拝見させていただく等の二重敬語と、よくある敬語の誤りを検出します。',
    en: 'Flags double honorifics (おっしゃられる, 拝見させていただく, …) and common keigo errors.',
  },
  lint: (context) => findPhrases(context, DOUBLE_HONORIFICS),
};
