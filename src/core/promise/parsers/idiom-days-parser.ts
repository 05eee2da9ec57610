import type { PromiseParser } from '../types.js';

/**
 * Idioms for a few days: 一両日(中) = 2 days; 数日, 近日中, 近々, 近いうち = 5 days (spec:
 * "数日中 (N=5), 近日中 (N=5)"; 近々 and 近いうち are read like 近日中).
 */
export const idiomDaysParser: PromiseParser = {
  name: 'idiom-days',
  hints: '両数近',
  pattern:
    /(?<two>一両日(?:中)?)|(?<![十\d])(?<few>数日(?:中|以内|間|程度|ほど|後)?|近日(?:中)?|近々|近いうち)/g,
  extract(m, span) {
    const n = m.groups?.two ? 2 : 5;
    return { kind: 'days', n, lower: null, span };
  },
};
