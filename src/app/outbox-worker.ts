import nodemailer from 'nodemailer';
import { sendDueDrafts, type SmtpSettings } from '../services/outbox.js';
import type { ServiceContext } from '../services/context.js';

export const smtpTransport = (smtp: SmtpSettings) =>
  nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.pass } } : {}),
  });

/**
 * Sends scheduled drafts when their slot comes. Scheduled sends are rows in the database, so a
 * restart loses none: the first tick after start sends whatever fell due meanwhile.
 */
export function startOutboxWorker(ctx: ServiceContext, everyMs = 30_000): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await sendDueDrafts(ctx, smtpTransport);
    } catch (error) {
      // A failed send stays scheduled and is tried again on the next tick.
      console.error(`送信に失敗しました（次回再試行）/ send failed, will retry: ${String(error)}`);
    } finally {
      running = false;
    }
  };
  void tick();
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
