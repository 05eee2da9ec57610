import { describe, expect, it } from 'vitest';
import { cueAnchors, ruleAnchors } from '../../../eval/classify/cue-anchors.js';
import { loadJsonl } from '../../../eval/classify/load.js';
import { devTexts } from '../../../test/support/classify-dev.js';
import { CUES } from './cues.js';
import { ENGLISH_CUES } from './cues-en.js';
import { CUES_WITH_IDS, ENGLISH_CUE_CHARS } from './features.js';
import { CUE_ANCHORS, RULE_ANCHORS } from './models/cue-anchors.js';
import { markText, matchFromAnchor, mayMatch } from './text-marks.js';

/**
 * The anchor filter (anchors.ts, text-marks.ts) may skip a cue's regex only where it cannot
 * match, and start it late only where no match starts earlier. Its anchors and the regex's
 * longest match come from the regex's syntax; these tests hold the shipped anchors, as
 * features.ts compiled them, against every text of the team's labeled set and a few examples.
 */
function skippedMatches(texts: string[], english: boolean): string[] {
  const misses: string[] = [];
  for (const text of texts) {
    markText(text, english ? text.length : 0);
    for (const cue of CUES_WITH_IDS) {
      const re = english ? cue.en : cue.re;
      const anchors = english ? cue.enAnchors : cue.anchors;
      const from = english ? cue.enFrom : cue.from;
      const lead = english ? cue.enLead : cue.lead;
      if (!re || !from) continue;
      if (re.test(text) !== matchFromAnchor(from, lead, anchors, text))
        misses.push(`${re.source.slice(0, 20)}: ${text}`);
    }
  }
  return misses;
}

describe('cue anchors', () => {
  it('are those the analysis reads off the cues as they are now (else: npx tsx eval/classify/cue-anchors.ts)', () => {
    const train = loadJsonl(
      new URL('../../../eval/classify/dev/train.jsonl', import.meta.url).pathname,
    );
    expect(cueAnchors(train)).toEqual(CUE_ANCHORS);
    expect(ruleAnchors(train)).toEqual(RULE_ANCHORS);
  });

  it('compiles one filter per cue, Japanese and English', () => {
    expect(CUES_WITH_IDS.map((c) => c.bodyId)).toEqual(CUES.map((c) => `b:${c.id}`));
    for (const c of CUES_WITH_IDS) expect(c.en).toBe(ENGLISH_CUES[c.bodyId.slice(2)]);
  });

  it.each([
    '遺憾ながら',
    'お断りする',
    'ぜひ一度',
    '日程調整',
    'SPIを受検',
    'zoom',
    'お待ちしております',
    'ES',
    '最終面接後に改めて面談',
    'でございます',
    'いかがでしょうか',
    '可能でしょうか',
    '１２月３日１０：００',
  ])('never skips a cue that matches %s', (text) => {
    expect(skippedMatches([text], false)).toEqual([]);
  });

  it.each([
    'Unfortunately we will not be moving forward.',
    'We would love to have you join our team!',
    'Your interview is confirmed for Dec 3 at 10:00 AM.',
    'Please share your availability and upload your CV / résumé.',
  ])('never skips an English cue that matches %s', (text) => {
    expect(skippedMatches([text], true)).toEqual([]);
  });

  it('never skips a cue that matches a text of the labeled set (bodies, subjects, English heads)', () => {
    const dev = devTexts();
    expect(dev.length).toBeGreaterThan(1000);
    // Two texts end to end put one's cues after the other's anchors: a late start is tested.
    const joined = dev.map((m, i) => `${m.text}\n${dev[(i * 31 + 7) % dev.length]?.text}`);
    const texts = [...dev.flatMap((m) => [m.text, m.subject]), ...joined];
    expect(skippedMatches(texts, false)).toEqual([]);
    expect(
      skippedMatches(
        texts.map((t) => t.slice(0, ENGLISH_CUE_CHARS)),
        true,
      ),
    ).toEqual([]);
  });

  it('skips most cues on most mail (the filter is worth its lookups)', () => {
    const texts = devTexts().map((m) => m.text);
    let runs = 0;
    for (const text of texts) {
      markText(text);
      for (const cue of CUES_WITH_IDS) if (mayMatch(cue.anchors)) runs += 1;
    }
    expect(runs / texts.length).toBeLessThan(CUES.length / 2);
  });
});
