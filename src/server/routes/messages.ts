import { Hono } from 'hono';
import { notFound } from '../../services/errors.js';
import { applyMessage, ingestMessage } from '../../services/messages.js';
import { pastedRaw } from '../../services/paste.js';
import { getMessage, getRawMessage, listMessages } from '../../storage/repos/messages.js';
import type { AppEnv } from '../env.js';
import { applyMessageSchema, pasteSchema } from '../schemas.js';
import { validate } from '../validate.js';

const MESSAGE = { ja: 'メッセージ', en: 'message' };

export const messageRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const { storage, userId } = c.var.ctx;
    return c.json({ messages: await listMessages(storage.db, userId) });
  })
  .post('/paste', validate('json', pasteSchema), async (c) => {
    const result = await ingestMessage(
      c.var.ctx,
      c.var.mail,
      pastedRaw(c.req.valid('json')),
      'paste',
    );
    return c.json(result, result.status === 'duplicate' ? 200 : 201);
  })
  .post('/eml', async (c) => {
    const raw = new Uint8Array(await c.req.arrayBuffer());
    const result = await ingestMessage(c.var.ctx, c.var.mail, raw, 'eml');
    return c.json(result, result.status === 'duplicate' ? 200 : 201);
  })
  .get('/:id', async (c) => {
    const { storage, userId } = c.var.ctx;
    const message = await getMessage(storage.db, userId, c.req.param('id'));
    if (!message) throw notFound(MESSAGE);
    return c.json({ message });
  })
  .get('/:id/raw', async (c) => {
    const { storage, userId } = c.var.ctx;
    const raw = await getRawMessage(storage.db, userId, c.req.param('id'));
    if (!raw) throw notFound(MESSAGE);
    // Served as a download under a fixed name: the id never reaches the file system.
    return c.body(new Uint8Array(raw), 200, {
      'content-type': 'message/rfc822',
      'content-disposition': 'attachment; filename="message.eml"',
    });
  })
  .post('/:id/apply', validate('json', applyMessageSchema), async (c) =>
    c.json(
      await applyMessage(c.var.ctx, c.var.mail, {
        messageId: c.req.param('id'),
        ...c.req.valid('json'),
      }),
    ),
  );
