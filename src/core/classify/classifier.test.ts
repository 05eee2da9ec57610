import { describe, expect, it } from 'vitest';
import { MESSAGE_CATEGORIES } from '../messages/categories.js';
import { classifyWith, softmax } from './classifier.js';
import type { LinearModel } from './model-types.js';

/**
 * A hand-written three-feature model: each cue votes for one category, n-grams weigh nothing.
 * It tests the inference mechanics, not the shipped weights.
 */
const K = MESSAGE_CATEGORIES.length;
const col = (c: string) => MESSAGE_CATEGORIES.indexOf(c as (typeof MESSAGE_CATEGORIES)[number]);
function row(category: string, w: number): number[] {
  const r = new Array<number>(K).fill(0);
  r[col(category)] = w;
  return r;
}
const TINY: LinearModel = {
  name: 'tiny',
  version: 1,
  categories: MESSAGE_CATEGORIES,
  features: ['b:decline_decision', 'b:advance', 'b:offer_word'],
  buckets: 2,
  weights: [
    ...row('rejection', 3),
    ...row('next_step', 3),
    ...row('offer', 3),
    ...new Array<number>(2 * K).fill(0),
  ],
  bias: row('other', 1),
};

describe('classifyWith (tiny model)', () => {
  it('falls back to the bias when no cue fires', () => {
    const c = classifyWith(TINY, { body: 'こんにちは' });
    expect(c.category).toBe('other');
    expect(c.cues).toEqual([]);
  });

  it.each([
    ['今回は見送らせていただきます', 'rejection'],
    ['次の選考にお進みいただきたく', 'next_step'],
    ['内定をお知らせします', 'offer'],
  ])('%s → %s', (body, category) => {
    const c = classifyWith(TINY, { body });
    expect(c.category).toBe(category);
    const expected = Math.exp(3) / (Math.exp(3) + Math.exp(1) + (K - 2));
    expect(c.confidence).toBeCloseTo(expected, 3);
    expect(c.cues[0]).toMatch(/^.+ \(\+3\.00\)$/);
  });

  it('scores sum to 1', () => {
    const c = classifyWith(TINY, { body: '見送り' });
    const sum = Object.values(c.scores).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 9);
  });

  it('mail from the user is outgoing whatever it says', () => {
    const c = classifyWith(TINY, {
      body: '今回は見送らせていただきます',
      from: '山田 太郎 <Taro@Example.jp>',
      userAddresses: ['taro@example.jp'],
    });
    expect(c.category).toBe('outgoing');
    expect(c.direction).toBe('outgoing');
    expect(c.confidence).toBe(1);
  });

  it('sets reapplyWelcome and template only on rejections', () => {
    const r = classifyWith(TINY, {
      body: '今回は見送らせていただきます。またのご応募をお待ちしております。',
    });
    expect(r.reapplyWelcome).toBe(true);
    expect(r.template).toBe(true);
    const n = classifyWith(TINY, { body: '次の選考にお進みいただきたく。またのご応募' });
    expect(n.reapplyWelcome).toBe(false);
    expect(n.template).toBe(false);
  });

  it('a rejection with feedback is not a template', () => {
    const r = classifyWith(TINY, {
      body: '面接ではご経験について丁寧にお話しいただきました。一方で要件の点で懸念があり、見送りとなりました。',
    });
    expect(r.template).toBe(false);
  });
});

describe('softmax', () => {
  it('is stable for large scores', () => {
    const p = softmax([1000, 1000]);
    expect(p[0]).toBeCloseTo(0.5);
  });
});
