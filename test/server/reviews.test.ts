import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Runtime, openRuntime } from '../../src/app/runtime.js';
import { createApp } from '../../src/server/app.js';
import type { ServiceContext } from '../../src/services/context.js';
import type { ConsistencyWarning } from '../../src/core/signals/consistency.js';
import type { ChecklistEntry } from '../../src/core/signals/offer-checklist.js';
import type { RecurringQuestion } from '../../src/core/signals/recurring-questions.js';
import type { ReflectionEntry, recordStatement } from '../../src/services/reviews-across.js';
import type { SignsResult, getReviewView } from '../../src/services/reviews.js';
import { ensureUser } from '../../src/storage/repos/users.js';
import { apiClient } from '../support/api.js';
import { createTestDatabase } from '../support/postgres.js';

type View = Awaited<ReturnType<typeof getReviewView>>;
type StatementResult = Awaited<ReturnType<typeof recordStatement>>;

/** The same API on both engines (STYLE.md 10): SQLite in memory and a fresh PostgreSQL database. */
describe.each(['sqlite', 'postgres'] as const)('reviews API on %s', (engine) => {
  const HOST = '127.0.0.1:4870';
  let runtime: Runtime;
  let ctx: ServiceContext;
  let call: ReturnType<typeof apiClient>;
  let database: { url: string; drop: () => Promise<void> } | undefined;

  beforeAll(async () => {
    if (engine === 'postgres') database = await createTestDatabase();
    runtime = await openRuntime(
      database ? { databaseUrl: database.url } : { dataDir: ':memory:' },
      () => new Date('2026-11-22T09:00:00+09:00'),
    );
    ctx = runtime.context;
    call = apiClient(createApp({ context: () => ctx, allowedHosts: [HOST] }), HOST);
  });
  afterAll(async () => {
    await runtime?.close();
    await database?.drop();
  });

  async function interview(companyName: string, stage: string, said?: string) {
    const created = await call<{ application: { id: string } }>('POST', '/api/interviews', {
      companyName,
      stage,
      at: '2026-11-20T14:00',
      ...(said ? { said } : {}),
    });
    expect(created.status).toBe(201);
    return created.body.application.id;
  }

  describe('signs and reading', () => {
    it('reads two positive signs after a final with a within-a-week promise', async () => {
      const id = await interview('株式会社みらい技研', 'final', '1週間以内にご連絡します');
      const before = await call<View>('GET', `/api/reviews/applications/${id}`);
      expect(before.status).toBe(200);
      expect(before.body.interview).toMatchObject({
        stage: 'final',
        promiseText: '1週間以内にご連絡します',
      });
      expect(before.body.reading?.tone).toBe('none');
      expect(before.body.guidance?.stage).toBe('final');

      const saved = await call<SignsResult>('PUT', `/api/reviews/applications/${id}/signs`, {
        signs: ['ran_long', 'introduced_to_team'],
      });
      expect(saved.status).toBe(200);
      expect(saved.body.reading.tone).toBe('leaning_positive');
      expect(saved.body.reading.headline.ja).toBe('前向きな兆候が多めです');
      expect(saved.body.reading.baseRates.map((r) => r.id)).toContain('within_a_week_passed');

      const after = await call<View>('GET', `/api/reviews/applications/${id}`);
      expect(after.body.signs).toEqual(['ran_long', 'introduced_to_team']);
      expect(after.body.reading?.positive).toHaveLength(2);
    });

    it('shows no survey rate when the promise was not within a week', async () => {
      const id = await interview('三日商事', 'interview_1', '3日以内にご連絡します');
      const saved = await call<SignsResult>('PUT', `/api/reviews/applications/${id}/signs`, {
        signs: ['ran_long'],
      });
      expect(saved.body.reading.baseRates).toEqual([]);
    });

    it('refuses unknown signs, unknown applications and foreign events', async () => {
      const id = await interview('検証株式会社', 'interview_2');
      expect(
        (
          await call<SignsResult>('PUT', `/api/reviews/applications/${id}/signs`, {
            signs: ['made_up'],
          })
        ).status,
      ).toBe(400);
      expect(
        (await call('PUT', '/api/reviews/applications/nope/signs', { signs: [] })).status,
      ).toBe(404);
      expect(
        (
          await call<SignsResult>('PUT', `/api/reviews/applications/${id}/signs`, {
            eventId: 'nope',
            signs: [],
          })
        ).status,
      ).toBe(404);
    });
  });

  describe('statements and consistency', () => {
    it('warns when two companies were each told they are the first choice, and not for a closed one', async () => {
      const a = await interview('第一商事', 'final');
      const b = await interview('第二物産', 'after_final');
      const c = await interview('見送り工業', 'interview_1');
      const first = await call<StatementResult>(
        'POST',
        `/api/reviews/applications/${a}/statements`,
        {
          topic: 'preference',
          text: '御社が第一志望です',
        },
      );
      expect(first.status).toBe(201);
      expect(first.body.statement).toMatchObject({ stage: 'final', companyName: '第一商事' });
      expect(first.body.warnings).toEqual([]);

      await call<StatementResult>('POST', `/api/reviews/applications/${c}/statements`, {
        topic: 'preference',
        text: '第一志望です',
      });
      await call('POST', `/api/applications/${c}/status`, {
        outcome: 'rejected',
        reason: '見送りの連絡',
      });
      expect(
        (await call<{ warnings: ConsistencyWarning[] }>('GET', '/api/reviews/consistency')).body
          .warnings,
      ).toEqual([]);

      const second = await call<StatementResult>(
        'POST',
        `/api/reviews/applications/${b}/statements`,
        {
          topic: 'preference',
          text: '第一志望です',
        },
      );
      expect(second.body.warnings.map((w) => w.kind)).toEqual(['first_choice_twice']);
      const all = (
        await call<{ warnings: ConsistencyWarning[] }>('GET', '/api/reviews/consistency')
      ).body.warnings;
      expect(all).toHaveLength(1);
      expect(all[0]?.companies.map((x) => x.name).sort()).toEqual(['第一商事', '第二物産']);
    });

    it('warns when one company heard a different motivation at another stage', async () => {
      const id = await interview('動機テック', 'interview_1');
      await call<StatementResult>('POST', `/api/reviews/applications/${id}/statements`, {
        topic: 'motivation',
        text: '地方の物流を効率化する技術に惹かれました',
      });
      const later = await call<StatementResult>(
        'POST',
        `/api/reviews/applications/${id}/statements`,
        {
          stage: 'final',
          topic: 'motivation',
          text: '海外で働ける環境と給与水準が魅力です',
        },
      );
      expect(later.body.warnings).toMatchObject([{ kind: 'changed_story', topic: 'motivation' }]);
      expect(
        (
          await call<StatementResult>('POST', `/api/reviews/applications/${id}/statements`, {
            topic: 'x',
            text: 'y',
          })
        ).status,
      ).toBe(400);
    });
  });

  describe('reflections', () => {
    it('records reflections, finds them by word, and lists questions that come back', async () => {
      const a = await interview('振り返り商事', 'interview_1');
      const b = await interview('振り返り工業', 'interview_2');
      const put = (id: string, questions: string[], delivery: string) =>
        call<{ reflection: ReflectionEntry }>('PUT', `/api/reviews/applications/${id}/reflection`, {
          reflection: { questions, delivery, betterAnswers: '', research: '', nextTime: '' },
        });
      expect(
        (await put(a, ['志望動機を教えてください', '挫折経験は？'], '早口になった')).status,
      ).toBe(200);
      await put(b, ['志望動機は何ですか', '最近のニュースは？'], '声が小さかった');

      const found = await call<{ reflections: ReflectionEntry[] }>(
        'GET',
        `/api/reviews/reflections?q=${encodeURIComponent('早口')}`,
      );
      expect(found.body.reflections.map((r) => r.companyName)).toEqual(['振り返り商事']);
      const none = await call<{ reflections: ReflectionEntry[] }>(
        'GET',
        `/api/reviews/reflections?q=${encodeURIComponent('年収交渉')}`,
      );
      expect(none.body.reflections).toEqual([]);

      const recurring = await call<{ questions: RecurringQuestion[] }>(
        'GET',
        '/api/reviews/recurring-questions',
      );
      expect(recurring.body.questions).toHaveLength(1);
      expect(recurring.body.questions[0]?.wordings).toEqual([
        '志望動機を教えてください',
        '志望動機は何ですか',
      ]);
    });
  });

  describe('offer checklist', () => {
    it('keeps the eight items with questions and answers, shown once the offer meeting is reached', async () => {
      const id = await interview('内定株式会社', 'final');
      expect(
        (await call<View>('GET', `/api/reviews/applications/${id}`)).body.showOfferChecklist,
      ).toBe(false);
      await call('POST', `/api/applications/${id}/status`, {
        stage: 'offer_meeting',
        reason: 'オファー面談の案内',
      });
      const view = await call<View>('GET', `/api/reviews/applications/${id}`);
      expect(view.body.showOfferChecklist).toBe(true);
      expect(view.body.offerChecklist).toHaveLength(8);

      const put = await call<{ items: ChecklistEntry[] }>(
        'PUT',
        `/api/reviews/applications/${id}/offer-checklist`,
        {
          items: [
            {
              id: 'start_date',
              question: '入社日は調整できますか',
              answer: '5月まで可',
              done: true,
            },
          ],
        },
      );
      expect(put.status).toBe(200);
      const got = await call<{ items: ChecklistEntry[] }>(
        'GET',
        `/api/reviews/applications/${id}/offer-checklist`,
      );
      expect(got.body.items[7]).toEqual({
        id: 'start_date',
        question: '入社日は調整できますか',
        answer: '5月まで可',
        done: true,
      });
      expect(
        (
          await call<{ items: ChecklistEntry[] }>(
            'PUT',
            `/api/reviews/applications/${id}/offer-checklist`,
            {
              items: [{ id: 'bogus' }],
            },
          )
        ).status,
      ).toBe(400);
    });
  });

  describe('tenant isolation', () => {
    it('shows another user nothing of this user', async () => {
      const id = await interview('他人には見えない株式会社', 'final');
      await call<StatementResult>('POST', `/api/reviews/applications/${id}/statements`, {
        topic: 'preference',
        text: '第一志望です',
      });
      const own = ctx;
      await ensureUser(own.storage.db, 'other', 'other', '2026-11-22T09:00:00+09:00');
      ctx = { ...own, userId: 'other' };
      try {
        expect((await call<View>('GET', `/api/reviews/applications/${id}`)).status).toBe(404);
        expect(
          (await call<SignsResult>('PUT', `/api/reviews/applications/${id}/signs`, { signs: [] }))
            .status,
        ).toBe(404);
        expect(
          (await call<{ warnings: ConsistencyWarning[] }>('GET', '/api/reviews/consistency')).body
            .warnings,
        ).toEqual([]);
        expect(
          (await call<{ reflections: ReflectionEntry[] }>('GET', '/api/reviews/reflections')).body
            .reflections,
        ).toEqual([]);
      } finally {
        ctx = own;
      }
    });
  });
});
