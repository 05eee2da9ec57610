import { STAGE_LABELS } from '../../src/core/domain/stage.js';
import type { Lang } from './i18n.js';
import type { ApplicationStatus } from './types.js';

export function stageLabel(status: ApplicationStatus, lang: Lang): string {
  if (status.outcome) return STAGE_LABELS[status.outcome][lang];
  if (status.stage) return STAGE_LABELS[status.stage][lang];
  return lang === 'ja' ? '未記録' : 'Not recorded';
}

const EVENT_LABELS: Record<string, { ja: string; en: string }> = {
  interview: { ja: '面接', en: 'Interview' },
  promise: { ja: '連絡の約束', en: 'Promise' },
  message: { ja: '受信', en: 'Message' },
  email_sent: { ja: 'メール送信', en: 'Email sent' },
  call_made: { ja: '電話', en: 'Call' },
  status: { ja: '状況の変更', en: 'Status change' },
  note: { ja: 'メモ', en: 'Note' },
};

export const eventLabel = (type: string, lang: Lang) => EVENT_LABELS[type]?.[lang] ?? type;
