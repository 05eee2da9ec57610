import nodemailer from 'nodemailer';
import { type SmtpSettings, sendDueDrafts } from '../services/outbox.js';
import type { ServiceContext } from '../services/context.js';
import { requeueInterruptedSends } from '../storage/repos/drafts.js';
import type { Logger } from './log.js';

export const smtpTransport = (smtp: SmtpSettings) =>
  nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.pass } } : {}),
  });

/**
 * The embedded app's scheduled sends: an in-process timer (no job queue on SQLite). Scheduled
 * sends are rows in the database, so a restart loses none: the first tick after start sends
 * whatever fell due meanwhile. Server mode runs the same sendDueDrafts through pg-boss instead
 * (jobs.ts).
 */
export function startOutboxWorker(ctx: ServiceContext, everyMs = 30_000, log?: Logger): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const sent = await sendDueDrafts(ctx, smtpTransport);
      if (sent.length > 0) log?.info({ job: 'outbox', sent: sent.length }, 'scheduled drafts sent');
    } catch (error) {
      // A failed send stays scheduled and is tried again on the next tick.
      const message = `送信に失敗しました（次回再試行）/ send failed, will retry: ${String(error)}`;
      if (log) log.warn({ job: 'outbox', err: error }, message);
      else console.error(message);
    } finally {
      running = false;
    }
  };
  // A send cut short by a crash goes out again rather than never (the user scheduled it).
  void requeueInterruptedSends(ctx.storage.db, ctx.userId)
    .catch((error: unknown) => log?.warn({ job: 'outbox', err: error }, 'requeue failed'))
    .then(tick);
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
