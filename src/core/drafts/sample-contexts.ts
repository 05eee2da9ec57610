import type { Profile } from '../domain/entities.js';
import type { DraftContext } from './types.js';

/** Fixed, fictional people and a company for tests, the bench and the demo. */
export const SHUKATSU_PROFILE: Profile = {
  kind: 'shukatsu',
  nameKanji: '山田 太郎',
  nameKana: 'やまだ たろう',
  email: 'taro.yamada@example.ac.jp',
  phone: '090-1234-5678',
  university: '東都大学',
  faculty: '経済学部',
  year: '4',
};

export const TENSHOKU_PROFILE: Profile = {
  kind: 'tenshoku',
  nameKanji: '鈴木 花子',
  nameKana: 'すずき はなこ',
  email: 'hanako.suzuki@example.com',
  phone: '080-2345-6789',
  currentEmployer: '株式会社ミナト物流 営業部',
};

/**
 * A context with every optional input filled. 2026-11-20 is a Friday; "today" is Monday
 * 2026-11-30, the recommended inquiry day of a 1週間以内 promise (003).
 */
export function sampleContext(profile: Profile, withContact: boolean): DraftContext {
  const ctx: DraftContext = {
    today: '2026-11-30',
    profile,
    company: { name: '株式会社サンプル商事' },
    department: '人事部',
    stage: 'interview_1',
    interviewAt: '2026-11-20T14:00:00+09:00',
    promise: { words: '1週間以内にご連絡します', deadline: '2026-11-27' },
    earlierInquiryOn: '2026-11-30',
    slots: [
      { start: '2026-12-03T10:00:00+09:00', end: '2026-12-03T11:00:00+09:00' },
      { start: '2026-12-04T15:00:00+09:00', end: '2026-12-04T16:00:00+09:00' },
    ],
    documents: ['履歴書', '職務経歴書'],
    documentsDueOn: '2026-12-04',
    wantsToProceed: true,
    fields: {
      impression: '若手社員が早くから企画を任されるという働き方',
      clarified: 'チームの体制と入社後の研修',
      question: '入社前に学んでおくとよい分野があれば教えていただけますでしょうか。',
      offerQuestions: {
        department: '配属先のチームの人数と構成',
        salary_raises: '昇給の時期と評価の仕組み',
        start_date: '入社日を1月中旬以降にできるかどうか',
      },
    },
  };
  if (withContact) ctx.contact = { name: '佐藤 健一', department: '人事部 採用課' };
  return ctx;
}
