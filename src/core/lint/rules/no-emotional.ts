import { type PhraseEntry, findPhrases } from '../phrase-rule.js';
import type { LintRule } from '../types.js';

const WHY = {
  ja: '気持ちを書くと相手に負担をかけます。事実と用件だけを書きましょう（002：不安な感情を込めすぎない）。',
  en: 'Feelings put pressure on the reader; keep to facts and the request (002).',
};

function entry(pattern: RegExp, what: string): PhraseEntry {
  return { pattern, message: { ja: `感情的な表現「${what}」: ${WHY.ja}`, en: WHY.en } };
}

/** Feelings kept out of a business mail (002 ③). The reader's ご心配 is not ours. */
export const EMOTIONAL_PHRASES: readonly PhraseEntry[] = [
  entry(
    /不安で(?:たまりません|たまらない|仕方(?:が)?(?:ありません|ない)|いっぱい|眠れ)/,
    '不安で…',
  ),
  entry(
    /(?<!ご)不安(?:に(?:なって|なり|感じて|思って)|を(?:感じて|抱えて)|です|な(?:毎日|日々|気持ち))/,
    '不安',
  ),
  entry(/(?<!ご)心配で(?:眠れ|たまら|仕方|夜も)?/, '心配で'),
  entry(/(?:夜も)?眠れ(?:ない|ません|ず)/, '眠れない'),
  entry(/落ち込(?:んで|み|む)/, '落ち込んで'),
  entry(/(?:焦って|焦り(?:を|が)|焦っております)/, '焦り'),
  entry(/気が気で(?:は)?(?:ない|ありません)/, '気が気でない'),
  entry(/いても(?:たっても|立っても)いられ/, 'いてもたってもいられない'),
  entry(/(?:悲しく|悲しい|つらい|辛い|辛く|(?<!心)苦しい|ショック)/, '悲しい・つらい'),
  entry(/待ちきれ(?:ず|ない|ません)/, '待ちきれない'),
  entry(/(?:毎日|何度も)(?:メール|電話|着信)を(?:確認|チェック)して/, '何度も確認して'),
  entry(/(?:泣き|涙が)/, '泣き'),
];

export const noEmotional: LintRule = {
  id: 'no-emotional',
  severity: 'error',
  description: {
    ja: '不安・落ち込みなどの感情表現を検出します（002）。',
    en: 'Flags emotional wording such as anxiety or feeling down (002).',
  },
  lint: (context) => findPhrases(context, EMOTIONAL_PHRASES),
};
