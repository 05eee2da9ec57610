import type { OfferTopic } from '../domain/offer-topics.js';
import type { Bilingual } from './types.js';

export interface OfferItem {
  id: OfferTopic;
  label: Bilingual;
  /** What to ask about, in our words. */
  hint: Bilingual;
}

/** The eight things to confirm at the offer meeting (001), in the order the seed lists them. */
export const OFFER_CHECKLIST_ITEMS: readonly OfferItem[] = [
  item(
    'offer_letter',
    '内定通知書の内容',
    'The offer letter',
    '書面の記載と、説明された条件が一致しているか',
    'Does the letter match what you were told?',
  ),
  item(
    'employment_terms',
    '雇用条件',
    'Employment terms',
    '雇用形態・試用期間・勤務地・勤務時間',
    'Contract type, probation, place and hours of work',
  ),
  item(
    'department',
    '配属部署',
    'Department',
    'どの部署に、いつ決まるのか',
    'Which team, and when it is decided',
  ),
  item(
    'duties',
    '具体的な業務内容',
    'Actual duties',
    '入社後の最初の仕事と、一日の流れ',
    'Your first tasks and what a day looks like',
  ),
  item(
    'company_systems',
    '社内制度',
    'Internal systems',
    '研修・評価・異動などの制度',
    'Training, evaluation and transfer systems',
  ),
  item(
    'benefits',
    '福利厚生',
    'Benefits',
    '住宅手当・休暇・保険など',
    'Housing allowance, leave, insurance',
  ),
  item(
    'salary_raises',
    '給与や昇給条件',
    'Salary and raises',
    '基本給・手当・賞与、昇給の時期と基準',
    'Base pay, allowances, bonuses; when and how raises happen',
  ),
  item(
    'start_date',
    '入社日',
    'Start date',
    '入社日と、調整できるかどうか',
    'The start date and whether it can move',
  ),
];

function item(id: OfferTopic, ja: string, en: string, hintJa: string, hintEn: string): OfferItem {
  return { id, label: { ja, en }, hint: { ja: hintJa, en: hintEn } };
}

export interface ChecklistEntry {
  id: string;
  /** What the user wants to ask. */
  question: string;
  /** What the company answered. */
  answer: string;
  done: boolean;
}

/** All eight entries in checklist order, filled from what was saved; unknown ids are dropped. */
export function completeChecklist(saved: readonly Partial<ChecklistEntry>[]): ChecklistEntry[] {
  const byId = new Map(saved.filter((e) => e.id).map((e) => [e.id, e]));
  return OFFER_CHECKLIST_ITEMS.map(({ id }) => {
    const entry = byId.get(id);
    return {
      id,
      question: entry?.question ?? '',
      answer: entry?.answer ?? '',
      done: entry?.done ?? false,
    };
  });
}

export const checklistProgress = (entries: readonly ChecklistEntry[]) => ({
  done: entries.filter((e) => e.done).length,
  total: OFFER_CHECKLIST_ITEMS.length,
});
