import { ImapFlow } from 'imapflow';

export interface ImapSyncOptions {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  password: string;
  /** Default `INBOX`. */
  mailbox?: string;
  /** Highest UID stored by the last sync; only newer messages are fetched. */
  sinceUid?: number;
  /** UIDVALIDITY seen by the last sync; when the server's differs, UIDs were reset: start over. */
  uidValidity?: number;
}

export type ImapSyncResult =
  | {
      ok: true;
      /** Store these two: they are the next sync's `uidValidity` and `sinceUid`. */
      uidValidity: number;
      highestUid: number;
      fetched: number;
      /** The stored UIDs were invalid (UIDVALIDITY changed), so the whole mailbox was read. */
      restarted: boolean;
    }
  | { ok: false; code: 'auth' | 'connect' | 'mailbox'; reason: string };

/**
 * Fetches the messages newer than the stored UID and hands each raw message to `onMessage`,
 * in UID order. Connection, login and mailbox failures are returned as values; an error
 * thrown by `onMessage` propagates. The password is never logged (imapflow's logger is off).
 *
 * @example
 * const r = await syncImap({ ...IMAP_PRESETS.gmail, user, password, sinceUid, uidValidity },
 *   async (raw, uid) => { await importMessage(raw); });
 * if (r.ok) saveCheckpoint(r.uidValidity, r.highestUid);
 */
export async function syncImap(
  options: ImapSyncOptions,
  onMessage: (raw: Buffer, uid: number) => Promise<void>,
): Promise<ImapSyncResult> {
  const client = new ImapFlow({
    host: options.host,
    port: options.port,
    secure: options.secure,
    auth: { user: options.user, pass: options.password },
    logger: false,
  });
  // Without a listener a dropped socket would be an uncaught 'error' event.
  client.on('error', () => undefined);
  const fail = (code: 'auth' | 'connect' | 'mailbox', error: unknown) => ({
    ok: false as const,
    code,
    reason: describe(code, error, options.password),
  });
  try {
    await client.connect();
  } catch (error) {
    return fail(isAuthError(error) ? 'auth' : 'connect', error);
  }
  try {
    return await fetchNew(client, options, onMessage);
  } catch (error) {
    if (error instanceof CallbackError) throw error.cause;
    return fail('mailbox', error);
  } finally {
    await client.logout().catch(() => undefined);
  }
}

/**
 * Logs in and opens the mailbox without fetching anything: the settings page's "test the
 * connection". Returns how many messages the mailbox holds, or the same failure values as a sync.
 */
export async function checkImap(
  options: Omit<ImapSyncOptions, 'sinceUid' | 'uidValidity'>,
): Promise<{ ok: true; exists: number } | Extract<ImapSyncResult, { ok: false }>> {
  const client = new ImapFlow({
    host: options.host,
    port: options.port,
    secure: options.secure,
    auth: { user: options.user, pass: options.password },
    logger: false,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    const code = isAuthError(error) ? 'auth' : 'connect';
    return { ok: false, code, reason: describe(code, error, options.password) };
  }
  try {
    const box = await client.status(options.mailbox ?? 'INBOX', { messages: true });
    return { ok: true, exists: box ? (box.messages ?? 0) : 0 };
  } catch (error) {
    return { ok: false, code: 'mailbox', reason: describe('mailbox', error, options.password) };
  } finally {
    await client.logout().catch(() => undefined);
  }
}

/** Marks errors thrown by the caller's callback, which are not ours to turn into values. */
class CallbackError extends Error {}

async function fetchNew(
  client: ImapFlow,
  options: ImapSyncOptions,
  onMessage: (raw: Buffer, uid: number) => Promise<void>,
): Promise<ImapSyncResult> {
  const lock = await client.getMailboxLock(options.mailbox ?? 'INBOX');
  try {
    const box = client.mailbox;
    if (!box) throw new Error('mailbox not selected');
    const uidValidity = Number(box.uidValidity);
    const restarted = options.uidValidity !== undefined && options.uidValidity !== uidValidity;
    const since = restarted ? 0 : (options.sinceUid ?? 0);
    let highestUid = since;
    let fetched = 0;
    // SEARCH first: `n:*` always matches the last message even when its UID is below n, and
    // fetching its source on every idle sync would download it again and again.
    const found =
      box.exists > 0 ? await client.search({ uid: `${since + 1}:*` }, { uid: true }) : [];
    const newUids = (found || []).filter((uid) => uid > since);
    if (newUids.length > 0) {
      for await (const message of client.fetch(
        `${since + 1}:*`,
        { uid: true, source: true },
        { uid: true },
      )) {
        if (message.uid <= since || !message.source) continue;
        await onMessage(message.source, message.uid).catch((cause: unknown) => {
          throw new CallbackError('onMessage failed', { cause });
        });
        highestUid = Math.max(highestUid, message.uid);
        fetched++;
      }
    }
    return { ok: true, uidValidity, highestUid, fetched, restarted };
  } finally {
    lock.release();
  }
}

function isAuthError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'authenticationFailed' in error &&
    error.authenticationFailed === true
  );
}

function describe(code: 'auth' | 'connect' | 'mailbox', error: unknown, password: string): string {
  const ja = {
    auth: 'ログインできません',
    connect: 'サーバーに接続できません',
    mailbox: 'メールボックスを読めません',
  }[code];
  const en = {
    auth: 'Login failed',
    connect: 'Cannot connect to the server',
    mailbox: 'Cannot read the mailbox',
  }[code];
  const raw = error instanceof Error ? error.message : String(error);
  // Belt and braces: a server echoing the credentials must not put them in our logs.
  const detail = password ? raw.split(password).join('***') : raw;
  return `${ja} / ${en}: ${detail}`;
}
