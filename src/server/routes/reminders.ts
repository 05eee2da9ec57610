import { Hono } from 'hono';
import { z } from 'zod';
import { getReminderSettings, saveReminderSettings } from '../../services/reminders.js';
import type { AppEnv } from '../env.js';
import { validate } from '../validate.js';

const remindersSchema = z.strictObject({ daily: z.boolean() });

/**
 * `/api/settings/reminders`: whether the user wants the daily "today" mail. `available` says
 * whether this server can send it at all (server mode with RENRAKU_SMTP_URL), so the UI can
 * explain a switch that would do nothing.
 */
export function reminderRoutes(available: boolean) {
  return new Hono<AppEnv>()
    .get('/', async (c) => c.json({ reminders: await getReminderSettings(c.var.ctx), available }))
    .put('/', validate('json', remindersSchema), async (c) =>
      c.json({
        reminders: await saveReminderSettings(c.var.ctx, c.req.valid('json')),
        available,
      }),
    );
}
