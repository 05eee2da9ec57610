import { Hono } from 'hono';
import { z } from 'zod';
import { lintText, prepareDraft, saveDraft } from '../../services/drafts.js';
import { draftEml, type SmtpSettings, scheduleSend } from '../../services/outbox.js';
import { getSetting, setSetting } from '../../storage/repos/settings.js';
import { getDraft } from '../../storage/repos/drafts.js';
import { notFound } from '../../services/errors.js';
import type { AppEnv } from '../env.js';
import { validate } from '../validate.js';

const lintSchema = z.object({
  text: z.string().max(50_000),
  medium: z.enum(['email', 'phone']),
  template: z.string().max(60).optional(),
});
const saveSchema = z.object({
  template: z.string().min(1).max(60),
  subject: z.string().max(500),
  body: z.string().min(1).max(50_000),
});
const sendSchema = z.object({ override: z.boolean().optional() });
const smtpSchema = z.object({
  host: z.string().min(1).max(255),
  port: z.number().int().min(1).max(65535),
  secure: z.boolean(),
  user: z.string().max(255),
  pass: z.string().max(1000),
});

/** Drafts for one application: `/api/applications/:id/drafts/…`. */
export const applicationDraftRoutes = new Hono<AppEnv>()
  .get('/:id/drafts/:template', async (c) =>
    c.json(await prepareDraft(c.var.ctx, c.req.param('id'), c.req.param('template'))),
  )
  .post('/:id/drafts', validate('json', saveSchema), async (c) =>
    c.json({ draft: await saveDraft(c.var.ctx, c.req.param('id'), c.req.valid('json')) }, 201),
  );

/** `/api/drafts/…`: lint any text, download a saved draft as .eml, schedule its sending. */
export const draftRoutes = new Hono<AppEnv>()
  .post('/lint', validate('json', lintSchema), async (c) => {
    const { text, medium, template } = c.req.valid('json');
    return c.json({ findings: await lintText(text, { medium, template }) });
  })
  .get('/:id', async (c) => {
    const draft = await getDraft(c.var.ctx.storage.db, c.var.ctx.userId, c.req.param('id'));
    if (!draft) throw notFound({ ja: '下書き', en: 'draft' });
    return c.json({ draft });
  })
  .get('/:id/eml', async (c) => {
    const eml = await draftEml(c.var.ctx, c.req.param('id'));
    // A fixed file name: nothing from the request reaches a path.
    return c.body(new Uint8Array(eml), 200, {
      'content-type': 'message/rfc822',
      'content-disposition': 'attachment; filename="renraku-draft.eml"',
    });
  })
  .post('/:id/send', validate('json', sendSchema), async (c) =>
    c.json(await scheduleSend(c.var.ctx, c.req.param('id'), c.req.valid('json').override ?? false)),
  );

/** SMTP settings; the password is write-only through the API. */
export const settingsRoutes = new Hono<AppEnv>()
  .get('/smtp', async (c) => {
    const smtp = await getSetting<SmtpSettings>(c.var.ctx.storage.db, c.var.ctx.userId, 'smtp');
    return c.json({ smtp: smtp ? { ...smtp, pass: smtp.pass ? '********' : '' } : null });
  })
  .put('/smtp', validate('json', smtpSchema), async (c) => {
    await setSetting(c.var.ctx.storage.db, c.var.ctx.userId, 'smtp', c.req.valid('json'));
    return c.json({ ok: true });
  });
