import { describe, expect, it } from 'vitest';
import { OFFER_CHECKLIST_ITEMS, checklistProgress, completeChecklist } from './offer-checklist.js';
import { matchesQuery, splitQuestions } from './reflection.js';

describe('offer checklist', () => {
  it('has the eight items of 001 in order', () => {
    expect(OFFER_CHECKLIST_ITEMS.map((i) => i.label.ja)).toEqual([
      '内定通知書の内容',
      '雇用条件',
      '配属部署',
      '具体的な業務内容',
      '社内制度',
      '福利厚生',
      '給与や昇給条件',
      '入社日',
    ]);
  });

  it('fills saved answers into the full list and drops unknown ids', () => {
    const entries = completeChecklist([
      { id: 'start_date', question: '4月以外も可能ですか', answer: '相談可', done: true },
      { id: 'bogus', question: 'x' },
    ]);
    expect(entries).toHaveLength(8);
    expect(entries[7]).toEqual({
      id: 'start_date',
      question: '4月以外も可能ですか',
      answer: '相談可',
      done: true,
    });
    expect(entries[0]).toEqual({ id: 'offer_letter', question: '', answer: '', done: false });
    expect(checklistProgress(entries)).toEqual({ done: 1, total: 8 });
  });
});

describe('reflection helpers', () => {
  it('splits one question a line, dropping bullets and blanks', () => {
    expect(splitQuestions('・志望動機は？\n\n1. 挫折経験\n- 逆質問\n')).toEqual([
      '志望動機は？',
      '挫折経験',
      '逆質問',
    ]);
  });

  it.each([
    ['志望動機', true],
    ['ｇｉｔｈｕｂ', true],
    ['志望 声', true],
    ['年収', false],
  ])('query %s matches: %s', (query, expected) => {
    const reflection = {
      questions: ['志望動機は？'],
      betterAnswers: 'GitHub の成果物を見せる',
      delivery: '声が小さかった',
      research: '',
      nextTime: '',
    };
    expect(matchesQuery(reflection, query)).toBe(expected);
  });
});
