import { describe, expect, it } from 'vitest';
import { isWithinAWeek } from './base-rates.js';
import { SIGNS, signsFor } from './catalogue.js';
import { SOURCES } from './sources.js';
import { stageGuidance } from './stage-guidance.js';

/** spec/signals.md, sign by sign: polarity and the seed(s) it comes from. */
const SPEC: [string, 'positive' | 'negative', string[]][] = [
  ['ran_long', 'positive', ['000', '003']],
  ['next_steps_concrete', 'positive', ['000']],
  ['quick_positive_contact', 'positive', ['000']],
  ['introduced_to_team', 'positive', ['000']],
  ['specific_positive_feedback', 'positive', ['000']],
  ['asked_other_companies', 'positive', ['003']],
  ['long_reverse_questions', 'positive', ['003']],
  ['personal_questions', 'positive', ['003']],
  ['ended_early', 'negative', ['000']],
  ['vague_answers', 'negative', ['000']],
  ['no_deep_dive', 'negative', ['000']],
  ['no_contact_long', 'negative', ['000']],
  ['template_rejection', 'negative', ['000']],
  ['meeting_to_settle_concerns', 'positive', ['001']],
  ['framed_as_feedback', 'negative', ['001']],
];

describe('sign catalogue', () => {
  it('holds exactly the signs of the spec, with their polarity and sources', () => {
    expect(SIGNS.map((s) => [s.id, s.polarity, s.sources])).toEqual(SPEC);
  });

  it.each([
    ['ran_long', '000', '話好き'],
    ['ended_early', '000', '都合'],
  ])('%s carries the caveat its source gives', (id, source, fragment) => {
    const sign = SIGNS.find((s) => s.id === id);
    expect(sign?.caveats).toContainEqual(
      expect.objectContaining({
        source,
        text: expect.objectContaining({ ja: expect.stringContaining(fragment) }),
      }),
    );
  });

  it('has Japanese and English for every label and caveat', () => {
    for (const sign of SIGNS) {
      expect(sign.label.ja && sign.label.en, sign.id).toBeTruthy();
      for (const caveat of sign.caveats)
        expect(caveat.text.ja && caveat.text.en, sign.id).toBeTruthy();
    }
  });

  it.each([
    ['casual', ['ran_long', 'introduced_to_team'], ['personal_questions', 'framed_as_feedback']],
    ['interview', ['asked_other_companies', 'no_deep_dive'], ['meeting_to_settle_concerns']],
    [
      'after_final',
      ['meeting_to_settle_concerns', 'framed_as_feedback'],
      ['ran_long', 'ended_early'],
    ],
  ] as const)('%s offers the right signs', (stage, has, hasNot) => {
    const ids = signsFor(stage).map((s) => s.id);
    for (const id of has) expect(ids).toContain(id);
    for (const id of hasNot) expect(ids).not.toContain(id);
  });

  it('has a caveat for every seed', () => {
    expect(Object.keys(SOURCES).sort()).toEqual(['000', '001', '002', '003', '004']);
  });
});

describe('isWithinAWeek', () => {
  it.each([
    '1週間以内にご連絡します',
    '一週間以内に連絡します',
    '１週間以内にメールします',
    '合格者のみ 1 週間以内にご連絡',
    '7日以内に連絡します',
  ])('reads %s as within a week', (text) => expect(isWithinAWeek(text)).toBe(true));

  it.each([
    '2週間以内にご連絡します',
    '11週間以内',
    '3日以内に',
    '17日以内',
    '来週中に',
    '1週間後に',
    '',
  ])('does not read %s as within a week', (text) => expect(isWithinAWeek(text)).toBe(false));
});

describe('stage guidance', () => {
  it.each([
    ['casual', '000', '見ています'],
    ['after_final', '001', 'フィードバック'],
    ['offer_meeting', '001', '交渉'],
    ['final', '002', '遅め'],
  ] as const)('%s cites %s and says what it means', (stage, source, fragment) => {
    const guidance = stageGuidance(stage);
    expect(guidance.sources).toContain(source);
    expect(guidance.meaning.ja).toContain(fragment);
    expect(guidance.todo.length).toBeGreaterThan(0);
  });
});
