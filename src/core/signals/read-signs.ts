import type { Stage } from '../domain/stage.js';
import { baseRatesFor } from './base-rates.js';
import { signById } from './catalogue.js';
import { signStageOf } from './sign-stage.js';
import { SOURCES } from './sources.js';
import type { Bilingual, Caveat, ReadingTone, Sign, SignReading } from './types.js';

export interface ReadingContext {
  stage: Stage;
  /** The interviewer's words about the result, verbatim, if any were said. */
  promiseText?: string | undefined;
}

/** Worded as readings, never as results (spec/signals.md). */
const HEADLINES: Record<ReadingTone, Bilingual> = {
  none: { ja: 'まだ兆候が選ばれていません', en: 'No signs ticked yet' },
  leaning_positive: { ja: '前向きな兆候が多めです', en: 'More of the signs lean positive' },
  mixed: {
    ja: '前向きな兆候と気がかりな兆候が同じくらいあります',
    en: 'Positive and worrying signs are about even',
  },
  leaning_negative: { ja: '気がかりな兆候が多めです', en: 'More of the signs are worrying' },
};

const NOTE: Bilingual = {
  ja: '兆候は推測の手がかりにすぎず、結果を決めるものではありません。結果は企業からの連絡で確定します。待つ間も、他社の選考や振り返りを進めましょう（002・003）。',
  en: 'Signs are only hints; they do not decide anything. The result is what the company tells you. While you wait, keep other applications moving and write your reflection (002, 003).',
};

/**
 * Reads the signs a user ticked for one interview: which way they lean, the signs behind the
 * reading, the base rates that apply, and every caveat the sources give.
 * @example readSigns(['ran_long', 'introduced_to_team'], { stage: 'final', promiseText: '1週間以内にご連絡します' })
 */
export function readSigns(ticked: readonly string[], context: ReadingContext): SignReading {
  const stage = signStageOf(context.stage);
  const chosen: Sign[] = [];
  const ignored: string[] = [];
  for (const id of new Set(ticked)) {
    const sign = signById(id);
    if (sign && stage && sign.stages.includes(stage)) chosen.push(sign);
    else ignored.push(id);
  }
  const positive = chosen.filter((s) => s.polarity === 'positive');
  const negative = chosen.filter((s) => s.polarity === 'negative');
  const tone = toneOf(positive.length, negative.length);
  return {
    stage,
    tone,
    headline: HEADLINES[tone],
    note: NOTE,
    positive,
    negative,
    baseRates: baseRatesFor(stage, context.promiseText, new Set(chosen.map((s) => s.id))),
    caveats: uniqueCaveats(chosen),
    ignored,
  };
}

function toneOf(positive: number, negative: number): ReadingTone {
  if (positive === 0 && negative === 0) return 'none';
  if (positive > negative) return 'leaning_positive';
  if (negative > positive) return 'leaning_negative';
  return 'mixed';
}

/** The caveats of the chosen signs, then the general caveat of every source they cite. */
function uniqueCaveats(signs: readonly Sign[]): Caveat[] {
  const seen = new Set<string>();
  const out: Caveat[] = [];
  const fromSources = signs
    .flatMap((s) => s.sources)
    .map((source): Caveat => ({ source, text: SOURCES[source].caveat }));
  for (const caveat of [...signs.flatMap((s) => s.caveats), ...fromSources]) {
    if (seen.has(caveat.text.ja)) continue;
    seen.add(caveat.text.ja);
    out.push(caveat);
  }
  return out;
}
