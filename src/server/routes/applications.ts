import { Hono } from 'hono';
import { funnel } from '../../core/followup/funnel.js';
import { getApplicationView, listApplicationSummaries } from '../../services/applications.js';
import { recordInterview } from '../../services/interviews.js';
import { addNote, changeStatus, editApplication } from '../../services/timeline.js';
import type { AppEnv } from '../env.js';
import { applicationPatchSchema, interviewSchema, noteSchema, statusSchema } from '../schemas.js';
import { validate } from '../validate.js';

export const applicationRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const applications = await listApplicationSummaries(c.var.ctx);
    return c.json({ applications, funnel: funnel(applications.map((a) => a.status)) });
  })
  .get('/:id', async (c) => c.json(await getApplicationView(c.var.ctx, c.req.param('id'))))
  .patch('/:id', validate('json', applicationPatchSchema), async (c) => {
    const body = c.req.valid('json');
    const application = await editApplication(c.var.ctx, c.req.param('id'), {
      ...(body.position !== undefined ? { position: body.position } : {}),
      ...(body.priority ? { priority: body.priority } : {}),
      ...(body.route ? { route: body.route } : {}),
    });
    return c.json({ application });
  })
  .post('/:id/status', validate('json', statusSchema), async (c) =>
    c.json({ event: await changeStatus(c.var.ctx, c.req.param('id'), c.req.valid('json')) }, 201),
  )
  .post('/:id/notes', validate('json', noteSchema), async (c) =>
    c.json({ event: await addNote(c.var.ctx, c.req.param('id'), c.req.valid('json').text) }, 201),
  );

export const interviewRoutes = new Hono<AppEnv>().post(
  '/',
  validate('json', interviewSchema),
  async (c) => c.json(await recordInterview(c.var.ctx, c.req.valid('json')), 201),
);
