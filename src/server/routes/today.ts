import { Hono } from 'hono';
import { z } from 'zod';
import { tokyoDateOf } from '../../core/domain/dates.js';
import { ACTION_IDS } from '../../core/followup/index.js';
import { markActionDone } from '../../services/actions.js';
import { notFound } from '../../services/errors.js';
import { applicationFollowup, today } from '../../services/today.js';
import type { AppEnv } from '../env.js';
import { validate } from '../validate.js';

const dateQuery = z.object({
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
});
const doneSchema = z.object({
  action: z.enum(ACTION_IDS),
  template: z.string().max(60).optional(),
  medium: z.enum(['email', 'phone']).optional(),
  override: z.boolean().optional(),
});

export const todayRoutes = new Hono<AppEnv>().get('/', validate('query', dateQuery), async (c) => {
  const date = c.req.valid('query').date ?? tokyoDateOf(c.var.ctx.now());
  const result = await today(c.var.ctx, date);
  // The page reads the list; the flat `items` are the CLI's `today --json` (interfaces.md) and
  // would double the answer (every action twice, with its reasons in two languages).
  return c.json({ date, list: result.list, pipeline: result.pipeline });
});

export const actionRoutes = new Hono<AppEnv>()
  .post('/:id/actions', validate('json', doneSchema), async (c) => {
    const result = await markActionDone(c.var.ctx, c.req.param('id'), c.req.valid('json'));
    return c.json(result, result.status === 'recorded' ? 201 : 409);
  })
  .get('/:id/followup', async (c) => {
    const ctx = c.var.ctx;
    const result = await applicationFollowup(ctx, c.req.param('id'), tokyoDateOf(ctx.now()));
    if (!result) throw notFound({ ja: '応募', en: 'application' });
    return c.json(result);
  });
