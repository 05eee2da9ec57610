import { addDays, DEFAULT_CALENDAR, isBusinessDay } from '../core/calendar/index.js';
import { tokyoDateOf } from '../core/domain/dates.js';
import type { Stage } from '../core/domain/stage.js';
import { listCompanies } from '../storage/repos/companies.js';
import { addContact, createCompany } from '../storage/repos/companies.js';
import { profiles } from './companies.js';
import { type ServiceContext, tokyoIso } from './context.js';
import { ServiceError } from './errors.js';
import { recordInterview } from './interviews.js';
import { changeStatus } from './timeline.js';

interface DemoApplication {
  company: string;
  industry: string;
  sizeClass: 'large' | 'sme' | 'venture' | 'public';
  closedWeekdays?: number[];
  position: string;
  contact?: { name: string; department: string; email: string };
  /** Interviews as days before today, stage, time and the words said. */
  interviews: { daysAgo: number; stage: Stage; time: string; said?: string; notes?: string }[];
  outcome?: { daysAgo: number; reason: string; outcome?: 'rejected'; stage?: Stage };
}

/**
 * A first look at the product: invented companies at every step of a wait, dated relative to
 * today so the today list always has something to show. Every name here is fictional.
 */
const DEMO: DemoApplication[] = [
  {
    company: '株式会社ミナトテック',
    industry: 'IT',
    sizeClass: 'venture',
    position: 'Webエンジニア',
    contact: { name: '森 陽介', department: '採用チーム', email: 'recruit@minato-tech.example' },
    interviews: [
      {
        daysAgo: 0,
        stage: 'interview_1',
        time: '10:00',
        said: '3営業日以内にメールでご連絡します',
      },
    ],
  },
  {
    company: '東邦精機株式会社',
    industry: '製造',
    sizeClass: 'large',
    position: '生産技術職',
    contact: { name: '高橋 誠', department: '人事部 採用課', email: 'saiyo@toho-seiki.example' },
    interviews: [
      { daysAgo: 24, stage: 'interview_1', time: '13:00' },
      {
        daysAgo: 10,
        stage: 'final',
        time: '15:00',
        said: '1週間以内にご連絡いたします',
        notes: '役員3名。志望動機を深掘りされた。',
      },
    ],
  },
  {
    company: 'さくら不動産株式会社',
    industry: '不動産',
    sizeClass: 'sme',
    closedWeekdays: [3],
    position: '営業職',
    interviews: [
      {
        daysAgo: 3,
        stage: 'interview_2',
        time: '11:00',
        said: '合格者のみ、来週中にお電話でご連絡します',
      },
    ],
  },
  {
    company: '青葉信用金庫',
    industry: '金融',
    sizeClass: 'sme',
    position: '総合職',
    interviews: [
      { daysAgo: 1, stage: 'casual', time: '16:00', said: '結果は後日ご連絡いたします' },
    ],
  },
  {
    company: '株式会社ハルカ広告',
    industry: '広告',
    sizeClass: 'venture',
    position: 'プランナー',
    interviews: [
      { daysAgo: 12, stage: 'interview_1', time: '14:00', said: '2、3日中にご連絡します' },
    ],
    outcome: {
      daysAgo: 8,
      outcome: 'rejected',
      reason: '不採用の通知メールを受信（他職種への応募を歓迎とのこと）',
    },
  },
  {
    company: '北斗商事株式会社',
    industry: '商社',
    sizeClass: 'large',
    position: '総合職',
    interviews: [
      { daysAgo: 30, stage: 'interview_1', time: '10:00' },
      { daysAgo: 18, stage: 'final', time: '14:00', said: '今週中にご連絡します' },
    ],
    outcome: { daysAgo: 14, stage: 'offer_meeting', reason: 'オファー面談の案内を受信' },
  },
];

export async function fillDemo(
  ctx: ServiceContext,
): Promise<{ companies: number; applications: number }> {
  if ((await listCompanies(ctx.storage.db, ctx.userId)).length > 0) {
    throw new ServiceError(
      'CONFLICT',
      'データが既にあります。デモは空のデータディレクトリにだけ作成します（RENRAKU_DATA で別の場所を指定できます）',
      'The data directory is not empty; the demo fills only an empty one (set RENRAKU_DATA to use another)',
    );
  }
  const today = tokyoDateOf(ctx.now());
  await profiles.save(ctx, {
    kind: 'shukatsu',
    nameKanji: '鈴木 葵',
    nameKana: 'すずき あおい',
    email: 'aoi.suzuki@example.com',
    phone: '090-1234-5678',
    university: 'みなみ大学',
    faculty: '経済学部',
    year: '4年',
  });
  for (const demo of DEMO) {
    const company = await createCompany(
      ctx.storage.db,
      ctx.userId,
      {
        name: demo.company,
        industry: demo.industry,
        sizeClass: demo.sizeClass,
        ...(demo.closedWeekdays
          ? {
              calendar: {
                closedWeekdays: demo.closedWeekdays,
                closedDates: [],
                obon: false,
                yearEnd: true,
              },
            }
          : {}),
      },
      tokyoIso(ctx.now()),
    );
    if (demo.contact) {
      await addContact(
        ctx.storage.db,
        ctx.userId,
        { companyId: company.id, ...demo.contact },
        tokyoIso(ctx.now()),
      );
    }
    let applicationId: string | undefined;
    for (const interview of demo.interviews) {
      const recorded = await recordInterview(ctx, {
        ...(applicationId ? { applicationId } : { companyId: company.id, position: demo.position }),
        stage: interview.stage,
        at: `${businessDayBefore(addDays(today, -interview.daysAgo))}T${interview.time}`,
        said: interview.said,
        notes: interview.notes,
      });
      applicationId = recorded.application.id;
    }
    const outcome = demo.outcome;
    if (outcome && applicationId) {
      const at = new Date(`${addDays(today, -outcome.daysAgo)}T10:00:00+09:00`);
      await changeStatus({ ...ctx, now: () => at }, applicationId, outcome);
    }
  }
  return { companies: DEMO.length, applications: DEMO.length };
}

/** Interviews happen on business days: a demo date that falls on a closed day moves back. */
function businessDayBefore(date: string): string {
  let d = date;
  while (!isBusinessDay(d, DEFAULT_CALENDAR)) d = addDays(d, -1);
  return d;
}
