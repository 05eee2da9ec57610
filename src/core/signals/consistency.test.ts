import { describe, expect, it } from 'vitest';
import type { Stage } from '../domain/stage.js';
import { checkConsistency } from './consistency.js';
import { type Statement, type StatementTopic, saysFirstChoice } from './statements.js';

let seq = 0;
function said(
  company: string,
  stage: Stage,
  topic: StatementTopic,
  text: string,
  firstChoice?: boolean,
): Statement {
  seq += 1;
  return {
    id: `s${String(seq).padStart(3, '0')}`,
    companyId: `c-${company}`,
    companyName: company,
    stage,
    topic,
    text,
    ...(firstChoice === undefined ? {} : { firstChoice }),
    recordedAt: `2026-11-${String(seq).padStart(2, '0')}T10:00:00+09:00`,
  };
}

describe('checkConsistency: warns', () => {
  it('when two companies were each told they are the first choice', () => {
    const warnings = checkConsistency([
      said('みらい技研', 'final', 'preference', '御社が第一志望です'),
      said('あおぞら商事', 'interview_2', 'preference', '第一志望です'),
    ]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      kind: 'first_choice_twice',
      severity: 'warning',
      companies: [{ name: 'あおぞら商事' }, { name: 'みらい技研' }],
    });
    expect(warnings[0]?.message.ja).toContain('第一志望');
  });

  it('when the user ticked "first choice" for two companies whatever the wording', () => {
    const warnings = checkConsistency([
      said('A社', 'final', 'preference', 'とても志望度が高いです', true),
      said('B社', 'final', 'preference', 'Your company is my top priority', true),
    ]);
    expect(warnings.map((w) => w.kind)).toEqual(['first_choice_twice']);
  });

  it('when one company heard a different motivation at a later stage', () => {
    const warnings = checkConsistency([
      said('みらい技研', 'interview_1', 'motivation', '地方の物流を効率化する技術に惹かれました'),
      said('みらい技研', 'final', 'motivation', '海外で働ける環境と給与水準が魅力です'),
    ]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      kind: 'changed_story',
      severity: 'warning',
      topic: 'motivation',
    });
    expect(warnings[0]?.message.ja).toContain('一次面接と最終面接');
  });

  it('when the first-choice claim to one company changed between stages', () => {
    const warnings = checkConsistency([
      said('A社', 'interview_1', 'preference', '第一志望です'),
      said('A社', 'final', 'preference', '第二志望です'),
    ]);
    expect(warnings.map((w) => [w.kind, w.topic])).toEqual([['changed_story', 'preference']]);
  });

  it("softly (info) when other companies' progress was told differently", () => {
    const warnings = checkConsistency([
      said('A社', 'interview_1', 'other_companies', '他に2社の一次面接を受けています'),
      said('A社', 'final', 'other_companies', '別の会社から内定をいただいております'),
    ]);
    expect(warnings.map((w) => w.severity)).toEqual(['info']);
  });
});

describe('checkConsistency: stays quiet', () => {
  it.each<[string, Statement[]]>([
    [
      'one first choice and one second choice',
      [
        said('A社', 'final', 'preference', '第一志望です'),
        said('B社', 'final', 'preference', '第二志望です'),
      ],
    ],
    [
      '「第一志望群」 names a group',
      [
        said('A社', 'final', 'preference', '第一志望です'),
        said('B社', 'final', 'preference', '第一志望群です'),
      ],
    ],
    [
      'the same motivation reworded slightly',
      [
        said('C社', 'interview_1', 'motivation', '地方の物流を効率化する技術に惹かれました。'),
        said('C社', 'final', 'motivation', '地方の物流を効率化する技術に惹かれました！'),
      ],
    ],
    [
      'two answers at the same stage',
      [
        said('D社', 'final', 'career_plan', '5年後には開発リーダーになりたい'),
        said('D社', 'final', 'career_plan', '営業として顧客と向き合いたい'),
      ],
    ],
    [
      'different companies hearing different motivations',
      [
        said('E社', 'interview_1', 'motivation', '物流の効率化に惹かれました'),
        said('F社', 'final', 'motivation', '海外で働ける環境が魅力です'),
      ],
    ],
  ])('%s', (_name, statements) => {
    expect(checkConsistency(statements)).toEqual([]);
  });
});

describe('checkConsistency: the latest claim per company counts', () => {
  it('a first choice later withdrawn is a changed story, not a double first choice', () => {
    const warnings = checkConsistency([
      said('A社', 'final', 'preference', '第一志望です'),
      said('B社', 'interview_1', 'preference', '第一志望です'),
      said('B社', 'interview_2', 'preference', '第一志望ではありません'),
    ]);
    expect(warnings.map((w) => w.kind)).toEqual(['changed_story']);
  });
});

describe('saysFirstChoice', () => {
  it.each([
    ['御社が第一志望です', true],
    ['第1志望です', true],
    ['第一志望ではありません', false],
    ['第一志望群の一社です', false],
    ['志望度は高いです', false],
    ['You are my first choice', true],
  ] as const)('%s → %s', (text, expected) => {
    expect(saysFirstChoice({ text })).toBe(expected);
  });

  it('follows the user’s own flag over the wording', () => {
    expect(saysFirstChoice({ text: '第一志望です', firstChoice: false })).toBe(false);
  });
});
