import { Hono } from 'hono';
import { z } from 'zod';
import { createInvitation, invitations, revokeInvitationById } from '../../services/accounts.js';
import type { AppEnv } from '../env.js';
import { validate } from '../validate.js';

const invitationSchema = z.object({
  email: z.string().max(254).optional(),
  role: z.enum(['admin', 'member']).optional(),
  days: z.number().int().min(1).max(90).optional(),
});

/** Invitations. Behind the session guard; the services refuse anyone but an admin (403). */
export const adminRoutes = new Hono<AppEnv>()
  .get('/invitations', async (c) =>
    c.json({ invitations: await invitations(c.var.ctx, c.var.auth.account) }),
  )
  .post('/invitations', validate('json', invitationSchema), async (c) => {
    const body = c.req.valid('json');
    const { invitation, token } = await createInvitation(c.var.ctx, c.var.auth.account, {
      email: body.email || undefined,
      role: body.role,
      days: body.days,
    });
    return c.json({ invitation, token, path: `/#/signup/${token}` }, 201);
  })
  .delete('/invitations/:id', async (c) => {
    await revokeInvitationById(c.var.ctx, c.var.auth.account, c.req.param('id'));
    return c.json({ ok: true });
  });
