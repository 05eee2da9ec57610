import type { Command } from 'commander';
import { createMailPorts } from '../../app/mail-ports.js';
import { type ImportSummary, importPath } from '../../services/import.js';
import { IMAP_PRESETS, type ImapPresetId } from '../../adapters/mail/index.js';
import { loadImapAccount, saveImapAccount, syncMailbox } from '../../services/imap-sync.js';
import { CliError, printJson, printLines } from '../output.js';
import { withRuntime } from '../with-runtime.js';

/** `renraku import PATH [--json]`: .eml files, a folder, or an .mbox, with progress; resumable. */
export function registerImportCommand(program: Command) {
  program
    .command('import')
    .description(
      '企業からのメールを取り込む（.eml、フォルダ、.mbox）/ import company mail (.eml, folder, .mbox)',
    )
    .argument('[path]', '.eml ファイル、フォルダ、または .mbox / a file, a folder or an .mbox')
    .option('--json', '最後に集計を JSON で出力 / print the summary as JSON')
    .option(
      '--imap',
      'IMAP のメールボックスから新着だけ取り込む / sync new mail from an IMAP mailbox',
    )
    .option('--preset <name>', `IMAP の設定 / IMAP preset: ${Object.keys(IMAP_PRESETS).join(' ')}`)
    .option('--host <host>', 'IMAP サーバー / IMAP host')
    .option('--port <n>', 'IMAP ポート / IMAP port')
    .option('--no-tls', 'TLS を使わない（ローカルのテスト用）/ plain connection (local testing)')
    .option('--user <user>', 'IMAP ユーザー / IMAP user')
    .addHelpText(
      'after',
      '\nIMAP のパスワードは環境変数 RENRAKU_IMAP_PASSWORD で渡します（保存されたアカウントがあれば省略可）。\n' +
        'The IMAP password comes from RENRAKU_IMAP_PASSWORD (or the saved account).',
    )
    .action(async (path: string | undefined, opts: ImportOptions) => {
      if (opts.imap) return importImap(opts);
      if (!path)
        throw new CliError('取り込むファイルかフォルダを指定してください / name a file or folder');
      const showProgress = process.stderr.isTTY && !opts.json;
      await withRuntime(async (ctx) => {
        const summary = await importPath(ctx, createMailPorts(), path, {
          onProgress: (s, bytes) => {
            if (!showProgress) return;
            const pct = bytes.total ? ` ${Math.floor((bytes.done / bytes.total) * 100)}%` : '';
            process.stderr.write(
              `\r取り込み中 / importing${pct}: ${s.read} 件 (新規 ${s.imported}, 重複 ${s.duplicates})`,
            );
          },
        });
        if (showProgress) process.stderr.write('\n');
        if (opts.json) printJson(summaryJson(summary));
        else
          printLines([
            `読み込み / read: ${summary.read}`,
            `取り込み / imported: ${summary.imported}`,
            `重複 / duplicates: ${summary.duplicates}`,
            `読み取れず / unreadable: ${summary.unreadable}`,
            `企業に紐付け / linked: ${summary.linked}`,
            ...(summary.resumedAt !== undefined
              ? [`前回の続き（${summary.resumedAt}件目）から再開 / resumed`]
              : []),
          ]);
      });
    });
}

interface ImportOptions {
  json?: boolean;
  imap?: boolean;
  preset?: string;
  host?: string;
  port?: string;
  tls: boolean;
  user?: string;
}

async function importImap(opts: ImportOptions) {
  await withRuntime(async (ctx) => {
    const saved = await loadImapAccount(ctx);
    const preset = opts.preset ? IMAP_PRESETS[opts.preset as ImapPresetId] : undefined;
    if (opts.preset && !preset)
      throw new CliError(`不明なプリセットです: ${opts.preset} / unknown preset`);
    const password = process.env.RENRAKU_IMAP_PASSWORD ?? saved?.password;
    const host = opts.host ?? preset?.host ?? saved?.host;
    const user = opts.user ?? saved?.user;
    if (!host || !user || !password) {
      throw new CliError(
        '--host（または --preset）、--user と RENRAKU_IMAP_PASSWORD が必要です / host, user and RENRAKU_IMAP_PASSWORD are required',
      );
    }
    const account = {
      host,
      user,
      password,
      port: Number(opts.port ?? preset?.port ?? saved?.port ?? 993),
      secure: opts.tls && (preset?.secure ?? saved?.secure ?? true),
    };
    const summary = await syncMailbox(ctx, createMailPorts(), account);
    await saveImapAccount(ctx, account);
    if (opts.json) printJson(summary);
    else
      printLines([
        `新着 / fetched: ${summary.fetched}`,
        `取り込み / imported: ${summary.imported}`,
        `重複 / duplicates: ${summary.duplicates}`,
        `読み取れず / unreadable: ${summary.unreadable}`,
      ]);
  });
}

/** Exactly the summary object of interfaces.md (`import --json`). */
const summaryJson = (s: ImportSummary) => ({
  read: s.read,
  imported: s.imported,
  duplicates: s.duplicates,
  unreadable: s.unreadable,
  linked: s.linked,
});
