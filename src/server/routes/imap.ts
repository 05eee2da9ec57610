import { Hono } from 'hono';
import { z } from 'zod';
import { IMAP_PRESETS } from '../../adapters/mail/index.js';
import {
  type ImapSyncSummary,
  imapAccountView,
  lastImapSync,
  loadImapAccount,
  resolveImapAccount,
  saveImapAccount,
  syncMailbox,
  testImapAccount,
} from '../../services/imap-sync.js';
import type { ServiceContext } from '../../services/context.js';
import type { MailPorts } from '../../services/messages.js';
import { setSetting } from '../../storage/repos/settings.js';
import { BackgroundTasks, jobContext } from '../background.js';
import type { AppEnv } from '../env.js';
import { validate } from '../validate.js';

/** The settings form. The password is write-only: omitted, the saved one is kept. */
export const imapAccountSchema = z.object({
  host: z.string().trim().min(1).max(255),
  port: z.number().int().min(1).max(65535),
  secure: z.boolean(),
  user: z.string().trim().min(1).max(320),
  password: z.string().trim().max(1000).optional(),
  mailbox: z.string().trim().min(1).max(200).default('INBOX'),
});

type SyncProgress = Omit<ImapSyncSummary, 'restarted'>;

/**
 * /api/imap: the mail account (password never returned), a connection test, and "sync now"
 * as a background job the UI polls.
 */
export function imapRoutes(mail: MailPorts, root: () => ServiceContext) {
  const syncs = new BackgroundTasks<SyncProgress, ImapSyncSummary>();
  return new Hono<AppEnv>()
    .get('/', async (c) =>
      c.json({
        account: await imapAccountView(c.var.ctx),
        presets: IMAP_PRESETS,
        last: await lastImapSync(c.var.ctx),
        sync: syncs.get(c.var.ctx.userId),
      }),
    )
    .put('/', validate('json', imapAccountSchema), async (c) => {
      const account = await resolveImapAccount(c.var.ctx, c.req.valid('json'));
      await saveImapAccount(c.var.ctx, account);
      return c.json({ account: await imapAccountView(c.var.ctx) });
    })
    .delete('/', async (c) => {
      const { storage, userId } = c.var.ctx;
      await setSetting(storage.db, userId, 'imap_account', null);
      return c.json({ account: null });
    })
    .post('/test', validate('json', imapAccountSchema), async (c) => {
      const account = await resolveImapAccount(c.var.ctx, c.req.valid('json'));
      return c.json(await testImapAccount(account));
    })
    .get('/sync', async (c) =>
      c.json({ sync: syncs.get(c.var.ctx.userId), last: await lastImapSync(c.var.ctx) }),
    )
    .post('/sync', async (c) => {
      const ctx = c.var.ctx;
      if (syncs.isRunning(ctx.userId)) return c.json(ALREADY_RUNNING, 409);
      const account = await loadImapAccount(ctx);
      if (!account) return c.json(NO_ACCOUNT, 400);
      const empty = { fetched: 0, imported: 0, duplicates: 0, unreadable: 0 };
      const job = jobContext(ctx, root);
      const task = syncs.start(ctx.userId, empty, (report) =>
        syncMailbox(job.ctx, mail, account, { onProgress: report, scoped: job.scoped }),
      );
      if (!task) return c.json(ALREADY_RUNNING, 409);
      return c.json({ sync: task }, 202);
    });
}

const ALREADY_RUNNING = {
  error: '同期はすでに実行中です。終わるまでお待ちください',
  errorEn: 'A sync is already running; wait for it to finish',
  code: 'CONFLICT',
};
const NO_ACCOUNT = {
  error: '先にメールアカウントを設定してください',
  errorEn: 'Set up the mail account first',
  code: 'INVALID',
};
