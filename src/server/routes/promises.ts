import { Hono } from 'hono';
import { DEFAULT_CALENDAR } from '../../core/calendar/calendar-config.js';
import { tokyoDateOfString } from '../../core/domain/dates.js';
import { companies } from '../../services/companies.js';
import { ServiceError } from '../../services/errors.js';
import type { AppEnv } from '../env.js';
import { promisePreviewSchema } from '../schemas.js';
import { validate } from '../validate.js';

/** Reads the interviewer's words as the user types them (nothing is stored). */
export const promiseRoutes = new Hono<AppEnv>().post(
  '/preview',
  validate('json', promisePreviewSchema),
  async (c) => {
    const body = c.req.valid('json');
    const t0 = tokyoDateOfString(body.from);
    if (!t0) throw new ServiceError('INVALID', '日付が読めません', 'cannot read the date');
    const calendar = body.calendar
      ? body.calendar
      : body.companyId
        ? (await companies.get(c.var.ctx, body.companyId)).calendar
        : DEFAULT_CALENDAR;
    return c.json({ t0, reading: c.var.ctx.readPromise(body.text, t0, calendar) });
  },
);
