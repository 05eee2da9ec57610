import { checkImap, type ImapSyncResult, syncImap } from '../adapters/mail/index.js';
import { getSetting, setSetting } from '../storage/repos/settings.js';
import { type ServiceContext, tokyoIso } from './context.js';
import { ServiceError } from './errors.js';
import type { RunScoped } from './import.js';
import { ingestMessage, loadIngestKnowledge, type MailPorts } from './messages.js';

export interface ImapAccount {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  password: string;
  mailbox?: string;
}

/** The account as the API shows it: the password never leaves the server, only whether one is set. */
export type ImapAccountView = Omit<ImapAccount, 'password'> & { passwordSet: boolean };

interface ImapState {
  uidValidity: number;
  highestUid: number;
  /** Which mailbox the UIDs belong to; another account or folder starts from the beginning. */
  mailboxKey?: string;
}

export interface ImapSyncSummary {
  fetched: number;
  imported: number;
  duplicates: number;
  unreadable: number;
  restarted: boolean;
}

export interface LastImapSync {
  at: string;
  summary: ImapSyncSummary;
}

export interface ImapSyncOptions {
  /** Called after each message with the counts so far (a UI polls them). */
  onProgress?: (counts: Omit<ImapSyncSummary, 'restarted'>) => void;
  /** How each message and the final state reach the database (default: ctx as is). */
  scoped?: RunScoped | undefined;
}

const ACCOUNT = 'imap_account';
const STATE = 'imap_state';
const LAST_SYNC = 'imap_last_sync';

const mailboxKey = (a: ImapAccount) => `${a.user}@${a.host}:${a.port}/${a.mailbox ?? 'INBOX'}`;

/**
 * The account is kept in the user's own data (the data directory is readable by the user alone;
 * in server mode, the user's rows). The password is never printed or logged.
 */
export const saveImapAccount = (ctx: ServiceContext, account: ImapAccount) =>
  setSetting(ctx.storage.db, ctx.userId, ACCOUNT, account);

export const loadImapAccount = (ctx: ServiceContext) =>
  getSetting<ImapAccount>(ctx.storage.db, ctx.userId, ACCOUNT);

export async function imapAccountView(ctx: ServiceContext): Promise<ImapAccountView | null> {
  const saved = await loadImapAccount(ctx);
  if (!saved) return null;
  const { password, ...rest } = saved;
  return { ...rest, passwordSet: password.length > 0 };
}

export const lastImapSync = (ctx: ServiceContext) =>
  getSetting<LastImapSync>(ctx.storage.db, ctx.userId, LAST_SYNC);

/**
 * The settings form sends the password only when the user typed one (the field is write-only);
 * without one, the saved password is kept for the same server and user, and required otherwise.
 */
export async function resolveImapAccount(
  ctx: ServiceContext,
  input: Omit<ImapAccount, 'password'> & { password?: string | undefined },
): Promise<ImapAccount> {
  const { password, ...rest } = input;
  if (password) return { ...rest, password };
  const saved = await loadImapAccount(ctx);
  if (saved && saved.host === input.host && saved.user === input.user)
    return { ...rest, password: saved.password };
  throw new ServiceError(
    'INVALID',
    'アプリ パスワードを入力してください',
    'Enter the app password',
  );
}

/** Logs in and opens the mailbox without importing: the "test the connection" button. */
export async function testImapAccount(account: ImapAccount) {
  const result = await checkImap(account);
  if (!result.ok) throw imapFailure(result);
  return { ok: true as const, messages: result.exists };
}

/**
 * Fetches only what arrived since the last sync (by UID; from the start when the mailbox's
 * UIDVALIDITY changed) and imports each message; the high-water mark is stored after the sync,
 * and a message fetched twice after a crash is recognised as a duplicate.
 */
export async function syncMailbox(
  ctx: ServiceContext,
  ports: MailPorts,
  account: ImapAccount,
  options: ImapSyncOptions = {},
): Promise<ImapSyncSummary> {
  const scoped: RunScoped = options.scoped ?? ((fn) => fn(ctx));
  const { saved, known } = await scoped(async (c) => ({
    saved: await getSetting<ImapState>(c.storage.db, c.userId, STATE),
    known: await loadIngestKnowledge(c),
  }));
  // A state without a key predates it and belongs to the only account there was.
  const state =
    saved && (saved.mailboxKey ?? mailboxKey(account)) === mailboxKey(account) ? saved : null;
  const counts = { fetched: 0, imported: 0, duplicates: 0, unreadable: 0 };
  const result = await syncImap(
    {
      ...account,
      ...(state ? { sinceUid: state.highestUid, uidValidity: state.uidValidity } : {}),
    },
    async (raw) => {
      const outcome = await scoped((c) => ingestMessage(c, ports, raw, 'imap', known));
      counts.fetched++;
      if (outcome.status === 'imported') counts.imported++;
      else if (outcome.status === 'duplicate') counts.duplicates++;
      else counts.unreadable++;
      options.onProgress?.({ ...counts });
    },
  );
  if (!result.ok) throw imapFailure(result);
  const summary = { ...counts, fetched: result.fetched, restarted: result.restarted };
  await scoped(async (c) => {
    await setSetting(c.storage.db, c.userId, STATE, {
      uidValidity: result.uidValidity,
      highestUid: result.highestUid,
      mailboxKey: mailboxKey(account),
    } satisfies ImapState);
    await setSetting(c.storage.db, c.userId, LAST_SYNC, {
      at: tokyoIso(c.now()),
      summary,
    } satisfies LastImapSync);
  });
  return summary;
}

const FAILURES = {
  auth: {
    ja: 'ログインできません（ユーザー名とアプリ パスワードを確認してください）',
    en: 'Login failed (check the user name and the app password)',
  },
  connect: {
    ja: 'サーバーに接続できません（サーバー名・ポート・TLS を確認してください）',
    en: 'Cannot connect to the server (check host, port and TLS)',
  },
  mailbox: {
    ja: 'メールボックスを開けません（フォルダ名を確認してください）',
    en: 'Cannot open the mailbox (check the folder name)',
  },
} as const;

/** The adapter's reason already has the password masked; it is kept as the detail. */
function imapFailure(result: Extract<ImapSyncResult, { ok: false }>) {
  const words = FAILURES[result.code];
  return new ServiceError(
    'INVALID',
    `${words.ja}: ${result.reason}`,
    `${words.en}: ${result.reason}`,
  );
}
