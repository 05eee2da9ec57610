import type { PromiseConfiguration } from './configuration.js';
import type { PromiseParser } from './types.js';

/**
 * A pre-filter so a text only meets the parsers it can match: each hint character gets a
 * bit, a text's mask is the OR of its characters' bits (one pass, a typed-array lookup per
 * character), and a parser runs when its mask meets the text's. `String.includes` per hint
 * cost more than the regexes it saved (measured with bench/promise.bench.ts).
 */
export interface HintFilter {
  time: number[];
  flag: number[];
  textMask(norm: string): number;
}

/** A parser without hints (or with more hint characters than bits) always runs. */
const ALWAYS = -1;
const MAX_BITS = 31;

const filters = new WeakMap<PromiseConfiguration, HintFilter>();

export function filterFor(config: PromiseConfiguration): HintFilter {
  let f = filters.get(config);
  if (!f) {
    f = buildFilter(config);
    filters.set(config, f);
  }
  return f;
}

function buildFilter(config: PromiseConfiguration): HintFilter {
  const bits = new Map<number, number>();
  let overflow = false;
  const maskOf = (p: PromiseParser): number => {
    if (!p.hints) return ALWAYS;
    let m = 0;
    for (let i = 0; i < p.hints.length; i++) {
      const c = p.hints.charCodeAt(i);
      let b = bits.get(c);
      if (b === undefined) {
        if (bits.size >= MAX_BITS) {
          overflow = true;
          return ALWAYS;
        }
        b = 1 << bits.size;
        bits.set(c, b);
      }
      m |= b;
    }
    return m;
  };
  const time = config.timeParsers.map(maskOf);
  const flag = config.flagParsers.map(maskOf);
  const table = new Int32Array(0x10000);
  for (const [c, b] of bits) table[c] = b;
  return {
    time,
    flag,
    textMask(norm) {
      if (overflow) return ALWAYS;
      let m = 0;
      for (let i = 0; i < norm.length; i++) m |= table[norm.charCodeAt(i)]!;
      // Parsers without hints have mask ALWAYS and still meet a text with no hint characters.
      return m === 0 ? 1 << MAX_BITS : m | (1 << MAX_BITS);
    },
  };
}
