import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailPorts } from '../../src/app/mail-ports.js';
import { type Runtime, openRuntime } from '../../src/app/runtime.js';
import { createApp } from '../../src/server/app.js';
import type { AppEnv } from '../../src/server/env.js';
import { importRoutes, PENDING_UPLOAD } from '../../src/server/routes/imports.js';
import { importPath } from '../../src/services/import.js';
import type { MailPorts } from '../../src/services/messages.js';
import { setSetting } from '../../src/storage/repos/settings.js';
import { BROKEN_FIXTURES } from '../mail/fixtures-broken.js';
import { escapeFromLines, generateMessage } from '../mail/mbox-generator.js';
import { apiClient } from '../support/api.js';
import { tempDir } from '../support/cli.js';

const HOST = '127.0.0.1:4870';
let runtime: Runtime;
let app: ReturnType<typeof createApp>;
let call: ReturnType<typeof apiClient>;
let uploads: string;

beforeAll(async () => {
  runtime = await openRuntime({ dataDir: ':memory:' }, () => new Date('2026-11-22T09:00:00+09:00'));
  uploads = join(tempDir(), 'uploads');
  app = createApp({
    context: () => runtime.context,
    mail: createMailPorts(),
    allowedHosts: [HOST],
    uploadDir: uploads,
  });
  call = apiClient(app, HOST);
});
afterAll(() => runtime.close());

const GOOD = 30;
const garbage = BROKEN_FIXTURES.find((f) => f.name === 'binary garbage')!.raw;
const notMail = BROKEN_FIXTURES.find((f) => f.name === 'text without a header')!.raw;

/** 30 generated mails (ISO-2022-JP, Shift_JIS, UTF-8; some multipart) with two broken ones among them. */
function mailbox(): Buffer {
  const raws: Buffer[] = [];
  for (let i = 0; i < GOOD; i++) {
    raws.push(generateMessage(i));
    if (i === 9) raws.push(garbage);
    if (i === 19) raws.push(notMail);
  }
  return asMbox(raws);
}

function asMbox(raws: Buffer[]): Buffer {
  return Buffer.concat(
    raws.map((raw) =>
      Buffer.concat([
        Buffer.from('From saiyo@example.co.jp Fri Nov 20 10:05:00 2026\n'),
        escapeFromLines(raw),
        Buffer.from('\n\n'),
      ]),
    ),
  );
}

function upload(body: Buffer | string, headers: Record<string, string> = {}) {
  return app.request(`http://${HOST}/api/imports/mbox?name=${encodeURIComponent('応募.mbox')}`, {
    method: 'POST',
    headers: {
      host: HOST,
      origin: `http://${HOST}`,
      'content-type': 'application/octet-stream',
      ...headers,
    },
    body,
  });
}

interface ImportView {
  import: {
    state: 'running' | 'done' | 'failed';
    progress: { read: number; bytesDone: number; bytesTotal: number };
    result: {
      read: number;
      imported: number;
      duplicates: number;
      unreadable: number;
      problems: { number: number; messageId: string; reason: string }[];
    } | null;
    error: unknown;
  } | null;
  pending: unknown;
  limit: number;
}

async function finished(): Promise<ImportView> {
  for (let i = 0; i < 400; i++) {
    const { body } = await call<ImportView>('GET', '/api/imports/mbox');
    if (body.import && body.import.state !== 'running') return body;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error('the import did not finish in 20 s');
}

describe('POST /api/imports/mbox', () => {
  it('imports an uploaded mailbox in the background; broken messages are kept as unreadable', async () => {
    const box = mailbox();
    const response = await upload(box);
    expect(response.status).toBe(202);
    const started = (await response.json()) as ImportView;
    expect(started.import?.progress.bytesTotal).toBe(box.length);
    const view = await finished();
    expect(view.import?.state, JSON.stringify(view.import?.error)).toBe('done');
    expect(view.import?.result).toMatchObject({
      read: GOOD + 2,
      imported: GOOD,
      duplicates: 0,
      unreadable: 2,
    });
    expect(view.import?.progress).toMatchObject({ bytesDone: box.length, bytesTotal: box.length });
    const problems = view.import?.result?.problems ?? [];
    // Positions in the file: the garbage after the 10th mail, the header-less text after the 20th.
    expect(problems.map((p) => p.number)).toEqual([11, 22]);
    for (const p of problems) expect(p.reason).not.toBe('');
    expect(view.pending).toBeNull();
    // The temporary file is gone once imported.
    expect(readdirSync(uploads)).toEqual([]);

    const { body } = await call<{
      messages: { subject: string | null; unreadable: boolean; id: string }[];
    }>('GET', '/api/messages');
    expect(body.messages).toHaveLength(GOOD + 2);
    const readable = body.messages.filter((m) => !m.unreadable);
    // Every charset decoded: Japanese subjects, no replacement characters.
    for (const m of readable) {
      expect(m.subject).toMatch(/[ぁ-んァ-ン一-龯]/);
      expect(m.subject).not.toContain('\ufffd');
    }
    const unreadableIds = body.messages.filter((m) => m.unreadable).map((m) => m.id);
    expect(unreadableIds.sort()).toEqual(problems.map((p) => p.messageId).sort());
  });

  it('finds only duplicates when the same mailbox comes again', async () => {
    expect((await upload(mailbox())).status).toBe(202);
    const view = await finished();
    expect(view.import?.result).toMatchObject({ imported: 0, duplicates: GOOD + 2, unreadable: 0 });
  });

  it('refuses a second upload while one runs', async () => {
    const [a, b] = await Promise.all([upload(mailbox()), upload(mailbox())]);
    expect([a.status, b.status].sort()).toEqual([202, 409]);
    const refused = (await (a.status === 409 ? a : b).json()) as Record<string, string>;
    expect(refused).toMatchObject({
      code: 'CONFLICT',
      errorEn: expect.stringContaining('already running'),
    });
    await finished();
  });

  it('refuses an empty file and a declared size over 2 GiB, in both languages', async () => {
    const empty = await upload('');
    expect(empty.status).toBe(400);
    expect(await empty.json()).toMatchObject({
      error: 'ファイルが空です',
      errorEn: 'The file is empty',
    });
    const { body } = await call<ImportView>('GET', '/api/imports/mbox');
    expect(body.limit).toBe(2 * 1024 ** 3);
    const huge = await upload('x', { 'content-length': String(2 * 1024 ** 3 + 1) });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({
      code: 'TOO_LARGE',
      error: expect.stringContaining('2 GiB'),
    });
  });

  it('stops a streamed body at the limit and leaves no partial file', async () => {
    const dir = join(tempDir(), 'small');
    const small = new Hono<AppEnv>()
      .use('*', async (c, next) => {
        c.set('ctx', runtime.context);
        await next();
      })
      .route(
        '/',
        importRoutes(createMailPorts(), dir, () => runtime.context, 1000),
      );
    const response = await small.request('http://x/mbox', {
      method: 'POST',
      body: new ReadableStream({
        start(controller) {
          for (let i = 0; i < 5; i++) controller.enqueue(new Uint8Array(400));
          controller.close();
        },
      }),
      // Node's fetch needs this for a streamed body.
      duplex: 'half',
    });
    expect(response.status).toBe(413);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('answers a cut-off upload with 400 and leaves no partial file', async () => {
    const dir = join(tempDir(), 'cut');
    const routes = new Hono<AppEnv>()
      .use('*', async (c, next) => {
        c.set('ctx', runtime.context);
        await next();
      })
      .route(
        '/',
        importRoutes(createMailPorts(), dir, () => runtime.context),
      );
    const response = await routes.request('http://x/mbox', {
      method: 'POST',
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('From a@b Fri Nov 20 10:05:00 2026\n'));
          controller.error(new Error('connection reset'));
        },
      }),
      // Node's fetch needs this for a streamed body.
      duplex: 'half',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: expect.stringContaining('途中で切れました'),
      errorEn: expect.stringContaining('cut off'),
    });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('resumes an upload whose import stopped, from its last committed batch', async () => {
    const path = join(uploads, 'stopped.mbox');
    mkdirSync(uploads, { recursive: true });
    const raws = Array.from({ length: 500 }, (_, i) => generateMessage(1000 + i));
    writeFileSync(path, asMbox(raws));
    // The server stopped mid-import: decoding fails at the 301st message, after one batch of 200.
    const real = createMailPorts();
    let decoded = 0;
    const crashing: MailPorts = {
      ...real,
      decode: (raw) => {
        if (++decoded > 300) throw new Error('server stopped');
        return real.decode(raw);
      },
    };
    await expect(importPath(runtime.context, crashing, path)).rejects.toThrow('server stopped');
    await setSetting(runtime.storage.db, runtime.context.userId, PENDING_UPLOAD, {
      path,
      name: 'stopped.mbox',
      size: statSync(path).size,
    });

    const before = await call<ImportView>('GET', '/api/imports/mbox');
    expect(before.body.pending).toEqual({ name: 'stopped.mbox', size: statSync(path).size });
    expect((await call('POST', '/api/imports/mbox/resume')).status).toBe(202);
    const view = await finished();
    expect(view.import?.result).toMatchObject({ read: 300, imported: 300, resumedAt: 200 });
    expect(view.pending).toBeNull();
    expect(existsSync(path)).toBe(false);

    const again = await call('POST', '/api/imports/mbox/resume');
    expect(again.status).toBe(404);
    expect(again.body).toMatchObject({
      error: '再開できる取り込みはありません',
      errorEn: 'There is no import to resume',
    });
  });
});
