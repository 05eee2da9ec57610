import type { ActionId, Bilingual } from './types.js';

/** Short names of the actions (spec/followup.md), for lists and calendar summaries. */
export const ACTION_LABELS: Readonly<Record<ActionId, Bilingual>> = {
  send_thanks: { ja: 'お礼メールを送る', en: 'Send a thank-you' },
  state_intent: { ja: '選考に進みたい意思を伝える', en: 'Say you want to go on' },
  wait: { ja: '結果連絡を待つ', en: 'Wait for the result' },
  check_missed: { ja: '見落としがないか確認する', en: 'Check for a missed answer' },
  inquire: { ja: '結果について問い合わせる', en: 'Ask about the result' },
  reinquire: { ja: '再確認の連絡をする（1回のみ）', en: 'Follow up once' },
  move_on: { ja: '次へ進む（終了を検討）', en: 'Move on (consider closing)' },
  reply: { ja: '返信する', en: 'Reply' },
  prepare: { ja: '次の選考の準備', en: 'Prepare the next stage' },
  reply_to_rejection: { ja: 'お礼を返す（任意）', en: 'Thank them (optional)' },
  reflect: { ja: '振り返りを書く', en: 'Write a reflection' },
  pipeline: { ja: '他社への応募を進める', en: 'Keep other applications going' },
};
