/** The categories of spec/messages.md, plus `outgoing` for what the user sent. */
export const MESSAGE_CATEGORIES = [
  'rejection',
  'next_step',
  'document_request',
  'scheduling',
  'offer',
  'offer_meeting',
  'status_update',
  'acknowledgement',
  'other',
  'outgoing',
] as const;

export type MessageCategory = (typeof MESSAGE_CATEGORIES)[number];

export const CATEGORY_LABELS: Record<MessageCategory, { ja: string; en: string }> = {
  rejection: { ja: '不採用', en: 'Rejection' },
  next_step: { ja: '次の選考へ', en: 'Next step' },
  document_request: { ja: '書類の依頼', en: 'Document request' },
  scheduling: { ja: '日程調整', en: 'Scheduling' },
  offer: { ja: '内定', en: 'Offer' },
  offer_meeting: { ja: 'オファー面談', en: 'Offer meeting' },
  status_update: { ja: '選考状況のお知らせ', en: 'Status update' },
  acknowledgement: { ja: '受付のお知らせ', en: 'Acknowledgement' },
  other: { ja: 'その他', en: 'Other' },
  outgoing: { ja: '送信したメール', en: 'Sent by you' },
};

export function isMessageCategory(value: string): value is MessageCategory {
  return (MESSAGE_CATEGORIES as readonly string[]).includes(value);
}
