import type { Command } from 'commander';
import { createAdmin } from '../../services/accounts.js';
import { CliError, printJson } from '../output.js';
import { withRuntime } from '../with-runtime.js';

/**
 * `renraku account create-admin --email E`: the first administrator of a server, who then
 * invites everyone else from the account page. The password is read from the terminal without
 * echo, or from standard input (first line) when piped — never from an option, which would
 * land in the shell history and the process list.
 */
export function registerAccountCommand(program: Command) {
  const account = program
    .command('account')
    .description('サーバーのアカウント管理 / server accounts (DATABASE_URL=postgres://…)');
  account
    .command('create-admin')
    .description('最初の管理者を作る / create the first administrator')
    .requiredOption('--email <email>', 'メールアドレス / email address')
    .option('--name <name>', '表示名 / display name')
    .option('--json', 'JSON で出力 / print JSON')
    .action(async (opts: { email: string; name?: string; json?: boolean }) => {
      const password = await readPassword();
      const admin = await withRuntime(async (ctx) => {
        if (ctx.storage.engine !== 'postgres') {
          throw new CliError(
            'アカウントはサーバーモード（DATABASE_URL=postgres://…）でだけ使います\nAccounts exist only in server mode (DATABASE_URL=postgres://…)',
            2,
          );
        }
        return createAdmin(ctx, { email: opts.email, password, name: opts.name });
      });
      if (opts.json) printJson({ user: admin });
      else
        process.stdout.write(
          `管理者を作成しました: ${admin.email}\nAdministrator created: ${admin.email}\n`,
        );
    });
}

async function readPassword(): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(chunk as Buffer);
    return (Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '').trimEnd();
  }
  const first = await promptHidden('パスワード / password: ');
  const again = await promptHidden('もう一度 / again: ');
  if (first !== again) {
    throw new CliError('パスワードが一致しません / the passwords do not match', 2);
  }
  return first;
}

/** Reads one line from the terminal without echoing it. */
function promptHidden(prompt: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let value = '';
    const done = (error?: Error) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (input: string) => {
      for (const ch of input) {
        if (ch === '\r' || ch === '\n') return done();
        if (ch === '\u0003') return done(new CliError('中止しました / cancelled', 130));
        if (ch === '\u007f' || ch === '\b') value = [...value].slice(0, -1).join('');
        else value += ch;
      }
      return undefined;
    };
    stdin.on('data', onData);
  });
}
