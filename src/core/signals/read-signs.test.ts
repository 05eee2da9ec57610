import { describe, expect, it } from 'vitest';
import type { Stage } from '../domain/stage.js';
import { readSigns } from './read-signs.js';
import type { ReadingTone } from './types.js';

interface Case {
  name: string;
  stage: Stage;
  ticked: string[];
  promiseText?: string;
  tone: ReadingTone;
  positive: string[];
  negative: string[];
  baseRates: string[];
  /** Caveat texts (ja) that must be present, by a fragment. */
  caveats?: string[];
  ignored?: string[];
}

const CASES: Case[] = [
  {
    name: 'a final interview with two positive signs and a within-a-week promise',
    stage: 'final',
    ticked: ['ran_long', 'introduced_to_team'],
    promiseText: '1週間以内にご連絡します',
    tone: 'leaning_positive',
    positive: ['ran_long', 'introduced_to_team'],
    negative: [],
    baseRates: ['within_a_week_passed', 'within_a_week_kept'],
    caveats: ['話好き', 'おおまかに見積もる'],
  },
  {
    name: 'the same signs with a three-day promise: no survey rate',
    stage: 'final',
    ticked: ['ran_long', 'introduced_to_team'],
    promiseText: '3日以内にご連絡します',
    tone: 'leaning_positive',
    positive: ['ran_long', 'introduced_to_team'],
    negative: [],
    baseRates: [],
  },
  {
    name: 'full-width 「１週間以内」 is the same promise',
    stage: 'interview_1',
    ticked: [],
    promiseText: '結果は１週間以内にメールで',
    tone: 'none',
    positive: [],
    negative: [],
    baseRates: ['within_a_week_passed', 'within_a_week_kept'],
  },
  {
    name: 'no promise at all: no rate',
    stage: 'interview_2',
    ticked: ['ended_early'],
    tone: 'leaning_negative',
    positive: [],
    negative: ['ended_early'],
    baseRates: [],
    caveats: ['予定の都合'],
  },
  {
    name: 'one of each is mixed',
    stage: 'interview_n',
    ticked: ['asked_other_companies', 'vague_answers'],
    tone: 'mixed',
    positive: ['asked_other_companies'],
    negative: ['vague_answers'],
    baseRates: [],
    caveats: ['24卒'],
  },
  {
    name: 'casual: signs of formal interviews (003) are not read',
    stage: 'casual',
    ticked: ['long_reverse_questions', 'next_steps_concrete'],
    tone: 'leaning_positive',
    positive: ['next_steps_concrete'],
    negative: [],
    baseRates: [],
    ignored: ['long_reverse_questions'],
  },
  {
    name: 'after the final: the meeting rate applies',
    stage: 'after_final',
    ticked: ['meeting_to_settle_concerns'],
    tone: 'leaning_positive',
    positive: ['meeting_to_settle_concerns'],
    negative: [],
    baseRates: ['after_final_meeting'],
    caveats: ['正式な内定ではありません'],
  },
  {
    name: 'after the final framed as feedback: no meeting rate',
    stage: 'after_final',
    ticked: ['framed_as_feedback'],
    tone: 'leaning_negative',
    positive: [],
    negative: ['framed_as_feedback'],
    baseRates: [],
    caveats: ['必ず見送り'],
  },
  {
    name: 'offer stages have no signs; unknown ids are ignored',
    stage: 'offer_meeting',
    ticked: ['ran_long', 'made_up'],
    tone: 'none',
    positive: [],
    negative: [],
    baseRates: [],
    ignored: ['ran_long', 'made_up'],
  },
];

describe('readSigns', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const reading = readSigns(c.ticked, {
        stage: c.stage,
        ...(c.promiseText ? { promiseText: c.promiseText } : {}),
      });
      expect(reading.tone).toBe(c.tone);
      expect(reading.positive.map((s) => s.id)).toEqual(c.positive);
      expect(reading.negative.map((s) => s.id)).toEqual(c.negative);
      expect(reading.baseRates.map((r) => r.id)).toEqual(c.baseRates);
      const caveats = reading.caveats.map((cv) => cv.text.ja).join('\n');
      for (const fragment of c.caveats ?? []) expect(caveats).toContain(fragment);
      expect(reading.ignored).toEqual(c.ignored ?? []);
    });
  }

  it('shows the 67% figure with its source only for within-a-week promises', () => {
    const rate = readSigns([], { stage: 'final', promiseText: '一週間以内に連絡します' })
      .baseRates[0];
    expect(rate).toMatchObject({ rate: 0.67, source: '003' });
    expect(rate?.text.ja).toContain('67%');
  });

  it('counts a sign ticked twice once', () => {
    expect(readSigns(['ran_long', 'ran_long'], { stage: 'final' }).positive).toHaveLength(1);
  });
});

describe('a reading is never a verdict', () => {
  const VERDICT =
    /合格です|不合格です|受かり|落ちま|内定です|確実|pass(ed)? for sure|you (will )?(pass|fail)/iu;
  const tickSets: [Stage, string[]][] = [
    ['final', []],
    ['final', ['ran_long', 'introduced_to_team', 'asked_other_companies']],
    ['final', ['ended_early', 'vague_answers', 'no_deep_dive']],
    ['final', ['ran_long', 'ended_early']],
  ];
  for (const [stage, ticked] of tickSets) {
    it(`${ticked.join(',') || 'nothing ticked'}: reads as a reading`, () => {
      const reading = readSigns(ticked, { stage });
      for (const text of [reading.headline, reading.note]) {
        expect(text.ja).not.toMatch(VERDICT);
        expect(text.en).not.toMatch(VERDICT);
      }
      expect(reading.note.ja).toContain('結果を決めるものではありません');
    });
  }
});
