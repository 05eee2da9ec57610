/**
 * Selection stages (選考ステップ) and outcomes, as in spec/domain.md.
 * The order of STAGES is the order of a typical selection; outcomes are terminal.
 */
export const STAGES = [
  'casual', // カジュアル面談
  'document', // 書類選考
  'test', // 適性検査/Webテスト
  'interview_1', // 一次面接
  'interview_2', // 二次面接
  'interview_n', // 三次以降の面接
  'final', // 最終面接
  'after_final', // 最終面接後の面談 (リクルーター面談 included)
  'offer_meeting', // オファー面談
  'offer', // 内定
] as const;

export const OUTCOMES = [
  'rejected', // 不採用/見送り
  'withdrawn', // 辞退
  'accepted', // 承諾
] as const;

export type Stage = (typeof STAGES)[number];
export type Outcome = (typeof OUTCOMES)[number];

export const STAGE_LABELS: Record<Stage | Outcome, { ja: string; en: string }> = {
  casual: { ja: 'カジュアル面談', en: 'Casual interview' },
  document: { ja: '書類選考', en: 'Document screening' },
  test: { ja: '適性検査・Webテスト', en: 'Aptitude / web test' },
  interview_1: { ja: '一次面接', en: 'First interview' },
  interview_2: { ja: '二次面接', en: 'Second interview' },
  interview_n: { ja: '三次以降の面接', en: 'Later interview' },
  final: { ja: '最終面接', en: 'Final interview' },
  after_final: { ja: '最終面接後の面談', en: 'Meeting after the final' },
  offer_meeting: { ja: 'オファー面談', en: 'Offer meeting' },
  offer: { ja: '内定', en: 'Offer' },
  rejected: { ja: '不採用', en: 'Rejected' },
  withdrawn: { ja: '辞退', en: 'Withdrawn' },
  accepted: { ja: '内定承諾', en: 'Accepted' },
};

export function isStage(value: string): value is Stage {
  return (STAGES as readonly string[]).includes(value);
}
