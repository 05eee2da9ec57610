import { Hono } from 'hono';
import { companies } from '../../services/companies.js';
import type { NewCompany } from '../../storage/repos/companies.js';
import type { AppEnv } from '../env.js';
import { companySchema, contactSchema } from '../schemas.js';
import { validate } from '../validate.js';

export const companyRoutes = new Hono<AppEnv>()
  .get('/', async (c) => c.json({ companies: await companies.list(c.var.ctx) }))
  .post('/', validate('json', companySchema), async (c) =>
    c.json({ company: await companies.create(c.var.ctx, c.req.valid('json') as NewCompany) }, 201),
  )
  .get('/:id', async (c) => c.json({ company: await companies.get(c.var.ctx, c.req.param('id')) }))
  .put('/:id', validate('json', companySchema), async (c) =>
    c.json({
      company: await companies.update(
        c.var.ctx,
        c.req.param('id'),
        c.req.valid('json') as NewCompany,
      ),
    }),
  )
  .post('/:id/contacts', validate('json', contactSchema), async (c) => {
    const body = c.req.valid('json');
    const contact = await companies.addContact(c.var.ctx, c.req.param('id'), {
      name: body.name,
      ...(body.department ? { department: body.department } : {}),
      ...(body.email ? { email: body.email } : {}),
      ...(body.phone ? { phone: body.phone } : {}),
    });
    return c.json({ contact }, 201);
  });
