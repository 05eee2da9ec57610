import { syncImap } from '../adapters/mail/index.js';
import { getSetting, setSetting } from '../storage/repos/settings.js';
import type { ServiceContext } from './context.js';
import { ServiceError } from './errors.js';
import { ingestMessage, loadIngestKnowledge, type MailPorts } from './messages.js';

export interface ImapAccount {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  password: string;
  mailbox?: string;
}

interface ImapState {
  uidValidity: number;
  highestUid: number;
}

export interface ImapSyncSummary {
  fetched: number;
  imported: number;
  duplicates: number;
  unreadable: number;
  restarted: boolean;
}

const ACCOUNT = 'imap_account';
const STATE = 'imap_state';

/**
 * The account is kept in the user's own data (the data directory is readable by the user alone;
 * in server mode, the user's rows). The password is never printed or logged.
 */
export const saveImapAccount = (ctx: ServiceContext, account: ImapAccount) =>
  setSetting(ctx.storage.db, ctx.userId, ACCOUNT, account);

export const loadImapAccount = (ctx: ServiceContext) =>
  getSetting<ImapAccount>(ctx.storage.db, ctx.userId, ACCOUNT);

/**
 * Fetches only what arrived since the last sync (by UID; from the start when the mailbox's
 * UIDVALIDITY changed) and imports each message; the high-water mark is stored after the sync,
 * and a message fetched twice after a crash is recognised as a duplicate.
 */
export async function syncMailbox(
  ctx: ServiceContext,
  ports: MailPorts,
  account: ImapAccount,
): Promise<ImapSyncSummary> {
  const state = await getSetting<ImapState>(ctx.storage.db, ctx.userId, STATE);
  const known = await loadIngestKnowledge(ctx);
  const counts = { imported: 0, duplicates: 0, unreadable: 0 };
  const result = await syncImap(
    {
      ...account,
      ...(state ? { sinceUid: state.highestUid, uidValidity: state.uidValidity } : {}),
    },
    async (raw) => {
      const outcome = await ingestMessage(ctx, ports, raw, 'imap', known);
      if (outcome.status === 'imported') counts.imported++;
      else if (outcome.status === 'duplicate') counts.duplicates++;
      else counts.unreadable++;
    },
  );
  if (!result.ok) {
    const ja = {
      auth: 'ログインできません（アプリ パスワードを確認してください）',
      connect: 'サーバーに接続できません',
      mailbox: 'メールボックスを開けません',
    }[result.code];
    throw new ServiceError('INVALID', `${ja}: ${result.reason}`, `IMAP ${result.code} failed`);
  }
  await setSetting(ctx.storage.db, ctx.userId, STATE, {
    uidValidity: result.uidValidity,
    highestUid: result.highestUid,
  });
  return { fetched: result.fetched, ...counts, restarted: result.restarted };
}
