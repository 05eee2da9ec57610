import type { Route } from '../../domain/entities.js';
import type { Bilingual } from '../types.js';

/**
 * Where an inquiry goes (spec/followup.md, Guards): through the job site's message feature
 * or the address in its auto-reply (002 FAQ④), through the agent when there is one (000).
 */
export function routeLine(route: Route): Bilingual {
  if (route === 'job_site')
    return {
      ja: '求人サイト経由の応募なので、サイトのメッセージ機能か自動返信メールにある宛先から連絡します（出典: 002）',
      en: 'You applied through a job site: write through its message feature or to the address in its auto-reply (source: 002)',
    };
  if (route === 'agent')
    return {
      ja: 'エージェント経由の応募なので、まず担当エージェントに確認を頼みましょう（出典: 000）',
      en: 'You applied through an agent: ask your agent to check with the company first (source: 000)',
    };
  return { ja: '', en: '' };
}
