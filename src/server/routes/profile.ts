import { Hono } from 'hono';
import type { Profile } from '../../core/domain/entities.js';
import { profiles } from '../../services/companies.js';
import type { AppEnv } from '../env.js';
import { profileSchema } from '../schemas.js';
import { validate } from '../validate.js';

export const profileRoutes = new Hono<AppEnv>()
  .get('/', async (c) => c.json({ profile: await profiles.get(c.var.ctx) }))
  .put('/', validate('json', profileSchema), async (c) => {
    const profile = c.req.valid('json') as Profile;
    await profiles.save(c.var.ctx, profile);
    return c.json({ profile });
  });
