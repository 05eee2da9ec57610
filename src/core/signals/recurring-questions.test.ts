import { describe, expect, it } from 'vitest';
import { questionKey, recurringQuestions } from './recurring-questions.js';

const reflection = (id: string, at: string, questions: string[]) => ({
  id,
  applicationId: `app-${id}`,
  companyName: `会社${id}`,
  at,
  questions,
});

describe('recurringQuestions', () => {
  it('groups the same question asked in different words across interviews', () => {
    const result = recurringQuestions([
      reflection('1', '2026-11-01', ['志望動機を教えてください', '学生時代に力を入れたことは？']),
      reflection('2', '2026-11-05', ['志望動機は何ですか', '弊社の弱みは何だと思いますか']),
      reflection('3', '2026-11-09', ['学生時代に力を入れたことを教えてください', '志望動機は？']),
    ]);
    expect(result.map((r) => [r.question, r.occurrences.length])).toEqual([
      ['志望動機を教えてください', 3],
      ['学生時代に力を入れたことは？', 2],
    ]);
    expect(result[0]?.wordings).toEqual([
      '志望動機を教えてください',
      '志望動機は何ですか',
      '志望動機は？',
    ]);
  });

  it('folds full-width and half-width forms together (NFKC)', () => {
    const result = recurringQuestions([
      reflection('1', '2026-11-01', ['ＳＰＩの結果について']),
      reflection('2', '2026-11-02', ['SPIの結果について']),
    ]);
    expect(result).toHaveLength(1);
  });

  it('does not count a question repeated inside one reflection as recurring', () => {
    expect(
      recurringQuestions([
        reflection('1', '2026-11-01', ['志望動機は？', '志望動機を教えてください']),
      ]),
    ).toEqual([]);
  });

  it('keeps unrelated questions apart', () => {
    expect(
      recurringQuestions([
        reflection('1', '2026-11-01', ['志望動機を教えてください']),
        reflection('2', '2026-11-02', ['最近気になったニュースは？']),
      ]),
    ).toEqual([]);
  });

  it('orders by count, then by first seen', () => {
    const result = recurringQuestions([
      reflection('1', '2026-11-01', ['長所と短所は？', '志望動機は？']),
      reflection('2', '2026-11-02', ['長所と短所を教えてください', '志望動機は？']),
      reflection('3', '2026-11-03', ['志望動機について教えてください']),
    ]);
    expect(result.map((r) => r.question)).toEqual(['志望動機は？', '長所と短所は？']);
  });
});

describe('questionKey', () => {
  it.each([
    ['志望動機を教えてください', '志望動機'],
    ['志望動機は何ですか？', '志望動機'],
    ['  志望動機は? ', '志望動機'],
    ['か', 'か'],
  ])('%s → %s', (q, key) => expect(questionKey(q)).toBe(key));
});
