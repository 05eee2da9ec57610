import { describe, expect, it } from 'vitest';
import type { Profile } from '../domain/entities.js';
import { lintProduct } from '../lint/product-rules.js';
import { spokenPhone } from './parts.js';
import { DRAFT_TEMPLATES } from './registry.js';
import { draftToText, lintOptionsFor, renderDraft } from './render.js';
import { SHUKATSU_PROFILE, TENSHOKU_PROFILE, sampleContext } from './sample-contexts.js';
import type { DraftContext, TemplateId } from './types.js';

/** What each template must say beyond the common parts, as text it must contain. */
const MUST_CONTAIN: Record<TemplateId, (ctx: DraftContext) => string[]> = {
  thanks_after_interview: (c) => [c.fields?.impression ?? '', 'ありがとうございました', '一次面接'],
  thanks_after_casual: (c) => [
    c.fields?.clarified ?? '',
    'ありがとうございました',
    '選考に進みたい',
  ],
  question_followup: (c) => [c.fields?.question ?? '', '恐縮'],
  inquiry_result: (c) => [
    '11月20日（金）',
    '一次面接',
    `「${c.promise?.words}」`,
    '11月27日（金）',
    '念のため',
  ],
  inquiry_status_and_schedule: () => ['11月20日（金）', '1. 現在の選考状況', '2. 今後の選考日程'],
  reinquiry: () => ['11月20日（金）', '11月30日（月）', 'たびたび', '恐縮'],
  reply_to_rejection: () => ['選考結果をお知らせいただき', 'ご縁', 'お祈り申し上げます'],
  reply_scheduling: () => [
    '・12月3日（木）10:00〜11:00',
    '・12月4日（金）15:00〜16:00',
    'ありがとうございます',
  ],
  reply_document_request: () => ['・履歴書', '・職務経歴書', '添付', '12月4日（金）'],
  offer_meeting_questions: (c) =>
    Object.values(c.fields?.offerQuestions ?? {}).concat(['配属部署：', '入社日：']),
  phone_basic: (c) => ['11月20日（金）', '御社の一次面接', `「${c.promise?.words}」`, '念のため'],
  phone_maybe_missed: (c) => [c.profile.email, spokenPhone(c.profile.phone), '御社'],
  phone_absent: (c) => [
    `${spokenPhone(c.profile.phone)}です。繰り返します。`,
    'ご伝言',
    '折り返し',
  ],
  phone_voicemail: (c) => ['11月20日（金）', spokenPhone(c.profile.phone), '折り返し', '御社'],
};

function commonParts(ctx: DraftContext, medium: 'email' | 'phone'): string[] {
  const p = ctx.profile;
  const intro =
    p.kind === 'shukatsu'
      ? [`${p.university}${p.faculty}${p.year}年の${p.nameKanji}と申します。`]
      : [`${p.nameKanji}と申します。`];
  if (medium === 'phone') {
    const person = ctx.contact ? '佐藤様' : '採用ご担当の方';
    return [...intro, person];
  }
  const to = ctx.contact ? `人事部 採用課 ${ctx.contact.name}様` : '人事部 採用ご担当者様';
  return [
    `${ctx.company.name}\n${to}\n\nお世話になっております。\n`,
    ...intro,
    ...(p.kind === 'tenshoku' ? [`現在、${p.currentEmployer}に勤務しております。`] : []),
    '何卒よろしくお願い申し上げます。',
    `――――――――――――――――――――\n${p.nameKanji}（${p.nameKana}）\n`,
    `メール：${p.email}\n電話：${p.phone}\n――――――――――――――――――――\n`,
  ];
}

const PROFILES: [string, Profile][] = [
  ['就活', SHUKATSU_PROFILE],
  ['転職', TENSHOKU_PROFILE],
];

describe.each(PROFILES)('%s', (_, profile) => {
  describe.each([
    ['with a contact person', true],
    ['without a contact person', false],
  ])('%s', (_, withContact) => {
    const ctx = sampleContext(profile, withContact);
    it.each(DRAFT_TEMPLATES.map((t) => t.id))(
      '%s has its parts and passes the product rules',
      (id) => {
        const draft = renderDraft(id, ctx);
        const text = draftToText(draft);
        for (const part of [...commonParts(ctx, draft.medium), ...MUST_CONTAIN[id](ctx)]) {
          expect(text).toContain(part);
        }
        if (draft.medium === 'email') {
          expect(text.split('\n')[0]).toMatch(new RegExp(`^件名：.+（.*${profile.nameKanji}）$`));
          expect(text).not.toContain('御社');
        } else {
          expect(text).not.toContain('貴社');
          expect(draft.lines?.some((l) => l.speaker === 'company')).toBe(true);
        }
        expect(draft.blanks).toEqual([]);
        expect(lintProduct(text, lintOptionsFor(draft))).toEqual([]);
      },
    );
  });
});

describe('blanks', () => {
  const bare: DraftContext = {
    today: '2026-11-30',
    profile: {
      kind: 'shukatsu',
      nameKanji: '山田 太郎',
      nameKana: '',
      email: 'a@example.jp',
      phone: '090-0000-0000',
    },
    company: { name: '株式会社サンプル商事' },
    stage: 'interview_1',
  };

  it.each(DRAFT_TEMPLATES.map((t) => t.id))('%s marks what is missing and cannot pass', (id) => {
    const draft = renderDraft(id, bare);
    const text = draftToText(draft);
    expect(draft.blanks.length).toBeGreaterThan(0);
    for (const b of draft.blanks) expect(text).toContain(b.marker);
    const findings = lintProduct(text, lintOptionsFor(draft));
    expect(
      findings.filter((f) => f.ruleId === 'unfilled-blank' && f.severity === 'error'),
    ).not.toEqual([]);
  });
});

describe('wording by situation', () => {
  it('names the day of a thank-you relative to today', () => {
    const ctx = sampleContext(SHUKATSU_PROFILE, true);
    const on = (today: string) => renderDraft('thanks_after_interview', { ...ctx, today }).body;
    expect(on('2026-11-20')).toContain('本日は一次面接');
    expect(on('2026-11-21')).toContain('昨日は一次面接');
    expect(on('2026-11-24')).toContain('11月20日（金）は一次面接');
  });

  it('restates a single slot as a choice', () => {
    const ctx = {
      ...sampleContext(TENSHOKU_PROFILE, false),
      slots: [{ start: '2026-12-03T10:00:00+09:00' }],
    };
    const body = renderDraft('reply_scheduling', ctx).body;
    expect(body).toContain('・12月3日（木）10:00\n');
    expect(body).toContain('参加を希望いたします');
  });

  it('asks without a promise when none was recorded', () => {
    const { promise: _, ...ctx } = sampleContext(SHUKATSU_PROFILE, true);
    const draft = renderDraft('inquiry_result', ctx);
    expect(draft.body).toContain('伺いそびれて');
    expect(lintProduct(draftToText(draft), lintOptionsFor(draft))).toEqual([]);
  });

  it('keeps the casual thank-you without the wish when not asked', () => {
    const ctx = { ...sampleContext(SHUKATSU_PROFILE, true), wantsToProceed: false };
    expect(renderDraft('thanks_after_casual', ctx).body).not.toContain('選考に進みたい');
  });
});

describe('position and promise words', () => {
  const ctx = {
    ...sampleContext(TENSHOKU_PROFILE, true),
    position: '法人営業職',
    promise: { words: '「1週間以内にご連絡します」', deadline: '2026-11-27' },
  };

  it.each(['inquiry_result', 'inquiry_status_and_schedule', 'reinquiry', 'phone_basic'] as const)(
    '%s names the position with the stage and quotes the words once',
    (id) => {
      const draft = renderDraft(id, ctx);
      expect(draft.body).toContain('法人営業職の一次面接');
      expect(draft.body).not.toContain('「「');
      expect(lintProduct(draftToText(draft), lintOptionsFor(draft))).toEqual([]);
    },
  );
});
