/**
 * The eight things to confirm at an offer meeting (オファー面談), in the order seed 001 lists
 * them. One list of ids for the checklist (core/signals) and the questions draft (core/drafts);
 * the ids are stored with saved checklists, so they never change.
 */
export const OFFER_TOPICS = [
  'offer_letter', // 内定通知書の内容
  'employment_terms', // 雇用条件
  'department', // 配属部署
  'duties', // 具体的な業務内容
  'company_systems', // 社内制度
  'benefits', // 福利厚生
  'salary_raises', // 給与や昇給条件
  'start_date', // 入社日
] as const;

export type OfferTopic = (typeof OFFER_TOPICS)[number];

export const isOfferTopic = (id: string): id is OfferTopic =>
  (OFFER_TOPICS as readonly string[]).includes(id);
