import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebStream } from 'node:stream/web';
import { Hono } from 'hono';
import type { ServiceContext } from '../../services/context.js';
import { type ImportSummary, importPath } from '../../services/import.js';
import type { MailPorts } from '../../services/messages.js';
import { getSetting, setSetting } from '../../storage/repos/settings.js';
import { BackgroundTasks, jobContext } from '../background.js';
import type { AppEnv } from '../env.js';

/**
 * The largest .mbox the UI takes: 2 GiB, about 700,000 typical company mails (~3 KB each).
 * Larger exports (a whole Gmail archive) belong to `renraku import`, which reads any size.
 */
export const MBOX_UPLOAD_LIMIT = 2 * 1024 ** 3;

export interface MboxProgress extends ImportSummary {
  bytesDone: number;
  bytesTotal: number;
}

/** An upload whose import has not finished (the server stopped): it can be resumed. */
interface PendingUpload {
  path: string;
  name: string;
  size: number;
}
export const PENDING_UPLOAD = 'mbox_upload_pending';

/**
 * /api/imports/mbox: the body is streamed to a file in the data directory (never held in
 * memory), then imported in the background exactly as `renraku import` does (batches,
 * checkpoints, bad messages kept as unreadable); the UI polls GET for progress.
 */
export function importRoutes(
  mail: MailPorts,
  uploadDir: string,
  root: () => ServiceContext,
  limit = MBOX_UPLOAD_LIMIT,
) {
  const imports = new BackgroundTasks<MboxProgress, ImportSummary>();
  const begin = (request: ServiceContext, upload: PendingUpload) => {
    const job = jobContext(request, root);
    return imports.start(
      request.userId,
      { ...EMPTY, bytesDone: 0, bytesTotal: upload.size },
      async (report) => {
        const summary = await importPath(job.ctx, mail, upload.path, {
          onProgress: (s, bytes) =>
            report({ ...s, bytesDone: bytes.done, bytesTotal: bytes.total }),
          scoped: job.scoped,
        });
        await job.scoped((c) => setSetting(c.storage.db, c.userId, PENDING_UPLOAD, null));
        await rm(upload.path, { force: true });
        return summary;
      },
    );
  };

  return new Hono<AppEnv>()
    .get('/mbox', async (c) => {
      const ctx = c.var.ctx;
      const task = imports.get(ctx.userId);
      const pending = imports.isRunning(ctx.userId)
        ? null
        : await getSetting<PendingUpload>(ctx.storage.db, ctx.userId, PENDING_UPLOAD);
      return c.json({
        import: task,
        pending: pending ? { name: pending.name, size: pending.size } : null,
        limit,
      });
    })
    .post('/mbox', async (c) => {
      const ctx = c.var.ctx;
      if (imports.isRunning(ctx.userId)) return c.json(ALREADY_RUNNING, 409);
      const declared = Number(c.req.header('content-length') ?? '0');
      if (declared > limit) return c.json(TOO_LARGE, 413);
      const body = c.req.raw.body;
      if (!body) return c.json(EMPTY_BODY, 400);
      await mkdir(uploadDir, { recursive: true, mode: 0o700 });
      const path = join(uploadDir, `upload-${randomUUID()}.mbox`);
      let size = 0;
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          size += chunk.length;
          done(size > limit ? new UploadTooLarge() : null, chunk);
        },
      });
      const file = createWriteStream(path, { mode: 0o600 });
      try {
        await pipeline(Readable.fromWeb(body as WebStream<Uint8Array>), counter, file);
      } catch (error) {
        // The pipeline gives up before the file is closed: an upload cut at once can fail while
        // the file is still being opened, and an open that lands after the removal would leave
        // an empty file behind. Remove it once it is closed.
        if (!file.closed) await once(file, 'close').catch(() => undefined);
        await rm(path, { force: true });
        if (error instanceof UploadTooLarge) return c.json(TOO_LARGE, 413);
        // The browser went away or the connection dropped mid-upload: nothing was imported.
        return c.json(UPLOAD_CUT, 400);
      }
      if (size === 0) {
        await rm(path, { force: true });
        return c.json(EMPTY_BODY, 400);
      }
      const upload = { path, name: fileName(c.req.query('name')), size };
      await setSetting(ctx.storage.db, ctx.userId, PENDING_UPLOAD, upload);
      const task = begin(ctx, upload);
      if (!task) return c.json(ALREADY_RUNNING, 409);
      return c.json({ import: task }, 202);
    })
    .post('/mbox/resume', async (c) => {
      const ctx = c.var.ctx;
      if (imports.isRunning(ctx.userId)) return c.json(ALREADY_RUNNING, 409);
      const pending = await getSetting<PendingUpload>(ctx.storage.db, ctx.userId, PENDING_UPLOAD);
      const present = pending && (await stat(pending.path).catch(() => null));
      if (!pending || !present) {
        await setSetting(ctx.storage.db, ctx.userId, PENDING_UPLOAD, null);
        return c.json(NOTHING_PENDING, 404);
      }
      const task = begin(ctx, pending);
      if (!task) return c.json(ALREADY_RUNNING, 409);
      return c.json({ import: task }, 202);
    });
}

class UploadTooLarge extends Error {}

/** Only for display; the file on disk has a generated name. */
const fileName = (name: string | undefined) =>
  [...(name ?? '')]
    .filter((ch) => ch >= ' ')
    .join('')
    .slice(0, 200) || 'mail.mbox';

const EMPTY = { read: 0, imported: 0, duplicates: 0, unreadable: 0, linked: 0, problems: [] };
const ALREADY_RUNNING = {
  error: '取り込みはすでに実行中です。終わるまでお待ちください',
  errorEn: 'An import is already running; wait for it to finish',
  code: 'CONFLICT',
};
const TOO_LARGE = {
  error: 'ファイルが大きすぎます（上限 2 GiB）。大きなファイルは renraku import で取り込めます',
  errorEn: 'The file is too large (limit 2 GiB); use `renraku import` for larger files',
  code: 'TOO_LARGE',
};
const UPLOAD_CUT = {
  error: 'アップロードが途中で切れました。もう一度お試しください',
  errorEn: 'The upload was cut off; please try again',
  code: 'INVALID',
};
const EMPTY_BODY = {
  error: 'ファイルが空です',
  errorEn: 'The file is empty',
  code: 'INVALID',
};
const NOTHING_PENDING = {
  error: '再開できる取り込みはありません',
  errorEn: 'There is no import to resume',
  code: 'NOT_FOUND',
};
