import { describe, expect, it } from 'vitest';
import { CUES } from './cues.js';
import { devTexts } from '../../../test/support/classify-dev.js';

/** Matches of a cue's regex that contain none of its `need` characters (must be none). */
function unneeded(cue: (typeof CUES)[number], text: string): string[] {
  const all = new RegExp(cue.re.source, `${cue.re.flags}g`);
  return [...text.matchAll(all)]
    .map((m) => m[0])
    .filter((s) => ![...cue.need].some((ch) => s.includes(ch)));
}

describe('cue prefilter (need)', () => {
  it.each([
    ['regret', '遺憾ながら'],
    ['decline_decision', 'お断りする'],
    ['advance', 'ぜひ一度'],
    ['choose_dates', '日程調整'],
    ['test', 'SPI'],
    ['venue', 'zoom'],
    ['confirm_time', 'お待ちしております'],
    ['documents', 'ES'],
    ['offer_meeting', '最終面接後に改めて面談'],
    ['self_intro', 'でございます'],
    ['inquiry', 'いかがでしょうか'],
    ['user_request', '可能でしょうか'],
  ])('%s: %s matches and contains a needed character', (id, text) => {
    const cue = CUES.find((c) => c.id === id);
    expect(cue?.re.test(text)).toBe(true);
    expect(cue && unneeded(cue, text)).toEqual([]);
  });

  it('every match of every cue in the dev set contains one of its needed characters', () => {
    const texts = devTexts().flatMap((m) => [m.text, m.subject]);
    expect(texts.length).toBeGreaterThan(1000);
    const misses = CUES.flatMap((cue) =>
      texts.flatMap((t) => unneeded(cue, t).map((s) => `${cue.id}: ${s}`)),
    );
    expect(misses).toEqual([]);
  });

  it('names each needed character once and in the cue id list once', () => {
    const ids = CUES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of CUES) expect(new Set(c.need).size, c.id).toBe(c.need.length);
  });
});
