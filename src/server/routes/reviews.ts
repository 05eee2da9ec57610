import { Hono } from 'hono';
import {
  consistencyWarnings,
  listRecurringQuestions,
  recordStatement,
  searchReflections,
} from '../../services/reviews-across.js';
import {
  getOfferChecklist,
  getReviewView,
  recordReflection,
  recordSigns,
  updateOfferChecklist,
} from '../../services/reviews.js';
import type { AppEnv } from '../env.js';
import { validate } from '../validate.js';
import {
  offerChecklistSchema,
  reflectionQuerySchema,
  reflectionSchema,
  signsSchema,
  statementSchema,
} from './reviews-schemas.js';

/** Signs, reflections, statements and the offer checklist; mounted at /api/reviews. */
export const reviewRoutes = new Hono<AppEnv>()
  .get('/applications/:id', async (c) => c.json(await getReviewView(c.var.ctx, c.req.param('id'))))
  .put('/applications/:id/signs', validate('json', signsSchema), async (c) =>
    c.json(await recordSigns(c.var.ctx, c.req.param('id'), c.req.valid('json'))),
  )
  .put('/applications/:id/reflection', validate('json', reflectionSchema), async (c) =>
    c.json({
      reflection: await recordReflection(c.var.ctx, c.req.param('id'), c.req.valid('json')),
    }),
  )
  .post('/applications/:id/statements', validate('json', statementSchema), async (c) =>
    c.json(await recordStatement(c.var.ctx, c.req.param('id'), c.req.valid('json')), 201),
  )
  .get('/applications/:id/offer-checklist', async (c) =>
    c.json({ items: await getOfferChecklist(c.var.ctx, c.req.param('id')) }),
  )
  .put('/applications/:id/offer-checklist', validate('json', offerChecklistSchema), async (c) =>
    c.json({
      items: await updateOfferChecklist(c.var.ctx, c.req.param('id'), c.req.valid('json').items),
    }),
  )
  .get('/consistency', async (c) => c.json({ warnings: await consistencyWarnings(c.var.ctx) }))
  .get('/reflections', validate('query', reflectionQuerySchema), async (c) =>
    c.json({ reflections: await searchReflections(c.var.ctx, c.req.valid('query').q ?? '') }),
  )
  .get('/recurring-questions', async (c) =>
    c.json({ questions: await listRecurringQuestions(c.var.ctx) }),
  );
