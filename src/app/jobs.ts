import nodemailer from 'nodemailer';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { tokyoDateOf } from '../core/domain/dates.js';
import type { ServiceContext } from '../services/context.js';
import { tokyoIso } from '../services/context.js';
import { sendDueDrafts } from '../services/outbox.js';
import { reminderFor } from '../services/reminders.js';
import type { Storage } from '../storage/engine.js';
import { listUsersWithDueDrafts } from '../storage/repos/drafts.js';
import {
  claimReminder,
  listUsersDueReminder,
  releaseReminder,
} from '../storage/repos/reminders.js';
import { withUserScope } from '../storage/scope.js';
import type { Config } from './config.js';
import type { Logger } from './log.js';
import { smtpTransport } from './outbox-worker.js';

/**
 * Server mode's background work on a PostgreSQL job queue (pg-boss), so that any number of
 * `renraku serve` processes can run side by side:
 *
 * - every process, every `jobIntervalSeconds`, offers a `sweep` job; pg-boss keeps one per
 *   interval slot, so one process runs it. The sweep finds, on the owner connection, the users
 *   with scheduled drafts due and (from the reminder hour on) the users whose daily mail has not
 *   gone out, and queues one job per user;
 * - whichever process fetches a user's job does the work inside that user's scope.
 *
 * The queue spreads the work; it is not what prevents a double send. The database is: a draft
 * is claimed with one UPDATE (scheduled → sending) and a reminder with one INSERT into
 * reminders_sent (primary key user + date), so a job that runs twice (a retry, a sweep from a
 * clock slot another process also filled) finds the work already taken.
 */
export interface Jobs {
  /** Runs a sweep now in this process (tests, and the first tick after start). */
  sweep(): Promise<void>;
  stop(): Promise<void>;
}

const Q = { sweep: 'renraku-sweep', drafts: 'renraku-drafts', reminder: 'renraku-reminder' };

interface UserJob {
  userId: string;
}
interface ReminderJob extends UserJob {
  date: string;
}

export async function startJobs(deps: {
  storage: Storage;
  /** Clock and promise reader; userId and storage are set per job. */
  base: ServiceContext;
  config: Pick<
    Config,
    'databaseUrl' | 'smtp' | 'mailFrom' | 'publicUrl' | 'reminderHour' | 'jobIntervalSeconds'
  >;
  log: Logger;
}): Promise<Jobs> {
  const { storage, base, config, log } = deps;
  if (!config.databaseUrl) throw new Error('startJobs: server mode only (DATABASE_URL)');
  const boss = new PgBoss({
    connectionString: config.databaseUrl,
    application_name: 'renraku-jobs',
    max: 4,
    // Cron is not used: the sweep follows the app's clock (RENRAKU_NOW in tests), not the DB's.
    schedule: false,
    retryLimit: 3,
    retryDelay: 30,
    retryBackoff: true,
    expireInSeconds: 300,
  });
  boss.on('error', (error) => log.error({ err: error }, 'job queue error'));
  await oneAtATime(config.databaseUrl, async () => {
    await boss.start();
    // 'short': one waiting job per (queue, key); a second offer while one waits is dropped.
    for (const name of Object.values(Q))
      if (!(await boss.getQueue(name))) await boss.createQueue(name, { name, policy: 'short' });
  });

  const reminderMailer = config.smtp
    ? nodemailer.createTransport({
        host: config.smtp.host,
        port: config.smtp.port,
        secure: config.smtp.secure,
        ...(config.smtp.user ? { auth: { user: config.smtp.user, pass: config.smtp.pass } } : {}),
      })
    : null;
  const from = config.mailFrom ?? `Renraku <renraku@${mailDomain(config.publicUrl)}>`;
  if (!reminderMailer) log.warn('RENRAKU_SMTP_URL is not set: no daily reminder mails');

  const contextOf = (userId: string, scoped: Storage): ServiceContext => ({
    ...base,
    userId,
    storage: scoped,
  });

  const sweep = async () => {
    const now = base.now();
    const due = await listUsersWithDueDrafts(storage.db, tokyoIso(now));
    if (due.length > 0)
      await boss.insert(
        due.map((userId) => ({ name: Q.drafts, data: { userId }, singletonKey: userId })),
      );
    const date = tokyoDateOf(now);
    const hour = new Date(now.getTime() + 9 * 3600_000).getUTCHours();
    let reminders = 0;
    if (reminderMailer && hour >= config.reminderHour) {
      const users = await listUsersDueReminder(storage.db, date);
      reminders = users.length;
      if (users.length > 0)
        await boss.insert(
          users.map((userId) => ({
            name: Q.reminder,
            data: { userId, date },
            singletonKey: `${userId}:${date}`,
          })),
        );
    }
    if (due.length > 0 || reminders > 0)
      log.info({ job: 'sweep', drafts: due.length, reminders }, 'jobs queued');
  };

  const sendDrafts = async (job: PgBoss.Job<UserJob>) => {
    const { userId } = job.data;
    const sent = await withUserScope(storage, userId, (scoped) =>
      sendDueDrafts(contextOf(userId, scoped), smtpTransport),
    );
    log.info({ job: 'drafts', user: userId, sent: sent.length }, 'scheduled drafts sent');
  };

  const sendReminder = async (job: PgBoss.Job<ReminderJob>) => {
    const { userId, date } = job.data;
    if (!reminderMailer) return;
    if (!(await claimReminder(storage.db, userId, date, tokyoIso(base.now())))) return;
    try {
      const mail = await withUserScope(storage, userId, (scoped) =>
        reminderFor(contextOf(userId, scoped), date, config.publicUrl),
      );
      // Nothing to do today: the claim stays, so the day is not looked at again.
      if (!mail) return;
      await reminderMailer.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        textEncoding: 'base64',
        headers: { 'X-Mailer': 'Renraku' },
      });
      log.info({ job: 'reminder', user: userId, date }, 'reminder sent');
    } catch (error) {
      await releaseReminder(storage.db, userId, date);
      throw error;
    }
  };

  const polling = { pollingIntervalSeconds: Math.max(0.5, Math.min(config.jobIntervalSeconds, 2)) };
  await boss.work<Record<string, never>>(Q.sweep, polling, async () => sweep());
  await boss.work<UserJob>(Q.drafts, { ...polling, batchSize: 5 }, (jobs) =>
    eachJob(jobs, sendDrafts, log),
  );
  await boss.work<ReminderJob>(Q.reminder, { ...polling, batchSize: 5 }, (jobs) =>
    eachJob(jobs, sendReminder, log),
  );

  const offerSweep = () =>
    boss
      .send(Q.sweep, {}, { singletonKey: 'sweep', singletonSeconds: config.jobIntervalSeconds })
      .catch((error: unknown) => log.error({ err: error }, 'could not queue the sweep'));
  void offerSweep();
  const timer = setInterval(offerSweep, config.jobIntervalSeconds * 1000);
  timer.unref();

  return {
    sweep,
    async stop() {
      clearInterval(timer);
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      reminderMailer?.close();
    },
  };
}

/**
 * Runs a batch one job at a time; a failure is logged and rethrown after the others ran, so
 * pg-boss retries the batch (already-done jobs find their work claimed and do nothing).
 */
async function eachJob<T>(
  jobs: PgBoss.Job<T>[],
  run: (job: PgBoss.Job<T>) => Promise<void>,
  log: Logger,
) {
  let failure: unknown;
  for (const job of jobs) {
    try {
      await run(job);
    } catch (error) {
      failure = error;
      log.warn({ job: job.name, id: job.id, err: error }, 'job failed, will retry');
    }
  }
  if (failure) throw failure;
}

/** An arbitrary constant for pg_advisory_lock: "renraku" in ASCII. */
const STARTUP_LOCK = '32199672384809845';

/**
 * Runs fn while holding a database-wide advisory lock. Processes that start together would
 * otherwise install pg-boss and create its queues at the same moment, and two concurrent
 * create_queue calls deadlock (each waits for a lock the other holds; seen in the two-process
 * test).
 */
async function oneAtATime(url: string, fn: () => Promise<void>) {
  const client = new pg.Client({ connectionString: url, application_name: 'renraku-jobs-start' });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1::bigint)', [STARTUP_LOCK]);
    await fn();
  } finally {
    // Ending the session releases the lock even if the unlock below fails.
    await client.query('select pg_advisory_unlock($1::bigint)', [STARTUP_LOCK]).catch(() => {});
    await client.end();
  }
}

function mailDomain(publicUrl: string | undefined): string {
  try {
    return publicUrl ? new URL(publicUrl).hostname : 'localhost';
  } catch {
    return 'localhost';
  }
}
