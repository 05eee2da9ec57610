import { describe, expect, it } from 'vitest';
import type { ApplicationEvent } from '../domain/entities.js';
import { draftContextFromTimeline } from './context-from-timeline.js';
import { draftToText, lintOptionsFor, renderDraft } from './render.js';
import { SHUKATSU_PROFILE } from './sample-contexts.js';
import { lintProduct } from '../lint/product-rules.js';

const base = { applicationId: 'a1', recordedAt: '2026-11-20T18:00:00+09:00' };
const EVENTS: ApplicationEvent[] = [
  {
    ...base,
    id: 'e1',
    type: 'interview',
    occurredAt: '2026-11-10T10:00:00+09:00',
    data: { stage: 'casual', at: '2026-11-10T10:00:00+09:00' },
  },
  {
    ...base,
    id: 'e2',
    type: 'interview',
    occurredAt: '2026-11-20T14:00:00+09:00',
    data: { stage: 'interview_1', at: '2026-11-20T14:00:00+09:00' },
  },
  {
    ...base,
    id: 'e3',
    type: 'promise',
    occurredAt: '2026-11-20T14:50:00+09:00',
    data: { text: '1週間以内にご連絡します', t0: '2026-11-20', interviewEventId: 'e2' },
  },
  {
    ...base,
    id: 'e4',
    type: 'email_sent',
    occurredAt: '2026-11-16T10:00:00+09:00',
    data: { template: 'inquiry_result' },
  },
  {
    ...base,
    id: 'e5',
    type: 'email_sent',
    occurredAt: '2026-11-20T20:00:00+09:00',
    data: { template: 'thanks_after_interview' },
  },
  {
    ...base,
    id: 'e6',
    type: 'email_sent',
    occurredAt: '2026-11-30T10:00:00+09:00',
    data: { template: 'inquiry_result' },
  },
];

describe('draftContextFromTimeline', () => {
  const ctx = draftContextFromTimeline({
    today: '2026-12-03',
    profile: SHUKATSU_PROFILE,
    company: { name: '株式会社サンプル商事' },
    application: { position: '総合職' },
    events: EVENTS,
    deadline: '2026-11-27',
  });

  it('takes the latest interview, its promise and the first inquiry after it', () => {
    expect(ctx).toMatchObject({
      stage: 'interview_1',
      interviewAt: '2026-11-20T14:00:00+09:00',
      promise: { words: '1週間以内にご連絡します', deadline: '2026-11-27' },
      earlierInquiryOn: '2026-11-30', // e4 was about the casual interview, before e2
      position: '総合職',
    });
  });

  it('feeds a re-inquiry that passes the product rules', () => {
    const draft = renderDraft('reinquiry', ctx);
    expect(draft.body).toContain('11月30日（月）に選考状況をお尋ねする');
    expect(lintProduct(draftToText(draft), lintOptionsFor(draft))).toEqual([]);
  });

  it('falls back to a stage and leaves out what the timeline lacks', () => {
    const empty = draftContextFromTimeline({
      today: '2026-12-03',
      profile: SHUKATSU_PROFILE,
      company: { name: '株式会社サンプル商事' },
      application: {},
      events: [],
      fallbackStage: 'document',
    });
    expect(empty).toEqual({
      today: '2026-12-03',
      profile: SHUKATSU_PROFILE,
      company: { name: '株式会社サンプル商事' },
      stage: 'document',
    });
  });
});
