import { enDate, jaDate } from '../date-math.js';
import type { FollowupRule } from '../rule.js';

/** Fewer than this many active applications calls for new ones (followup.md, 並行応募). */
export const MIN_ACTIVE_APPLICATIONS = 3;

/**
 * 並行応募 when fewer than 3 applications are active, or all active ones are waiting (002:
 * 他の企業の選考を進める; 003 対処法③). Cross-application: every application may propose
 * it and todayList keeps one.
 */
export const pipeline: FollowupRule = {
  id: 'pipeline',
  propose({ input, today }) {
    const info = input.pipeline;
    if (!info) return [];
    const few = info.activeCount < MIN_ACTIVE_APPLICATIONS;
    const allWaiting = info.activeCount > 0 && info.waitingCount >= info.activeCount;
    if (!few && !allWaiting) return [];
    return [
      {
        action: 'pipeline',
        window: { from: today, recommended: today, until: null },
        reason: few
          ? {
              ja: `${jaDate(today)} 時点で選考中の応募は${info.activeCount}件です。結果待ちの間も、3件以上を目安に他社への応募を進めましょう（出典: 002, 003）`,
              en: `As of ${enDate(today)} you have ${info.activeCount} active application(s). While waiting, keep at least 3 going (sources: 002, 003)`,
            }
          : {
              ja: `${jaDate(today)} 時点で選考中の${info.activeCount}件はすべて結果待ちです。待つ間に他社の選考を進めましょう（出典: 002, 003）`,
              en: `As of ${enDate(today)} all ${info.activeCount} active applications are waiting; move other applications forward meanwhile (sources: 002, 003)`,
            },
        source: '002',
        template: null,
      },
    ];
  },
};
