import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { createMailPorts } from '../../app/mail-ports.js';
import { startOutboxWorker } from '../../app/outbox-worker.js';
import { openRuntime } from '../../app/runtime.js';
import { accountsOptionsFromEnv } from '../../server/auth/options.js';
import { ownHosts } from '../../server/guard.js';
import { listen } from '../../server/serve.js';
import { defaultDataDir } from '../../storage/open.js';

export const DEFAULT_PORT = 4870;
// Three levels below the package root both as source (src/cli/commands) and built (dist/cli/commands).
const WEB_ROOT = fileURLToPath(new URL('../../../dist/web', import.meta.url));

export function registerServeCommand(program: Command) {
  program
    .command('serve')
    .description('Web アプリを起動する / start the web app')
    .option('--port <n>', 'ポート / port (env PORT)', process.env.PORT ?? String(DEFAULT_PORT))
    .option(
      '--host <h>',
      '待ち受けるアドレス / address to bind (env HOST)',
      process.env.HOST ?? '127.0.0.1',
    )
    .option(
      '--allowed-host <h...>',
      '受け付ける Host ヘッダー（リバースプロキシの後ろで使う）/ extra Host values to accept (env RENRAKU_ALLOWED_HOSTS)',
      (process.env.RENRAKU_ALLOWED_HOSTS ?? '').split(',').filter(Boolean),
    )
    .action(async (opts: { port: string; host: string; allowedHost: string[] }) => {
      const port = Number(opts.port);
      const runtime = await openRuntime();
      const server = await listen(
        {
          context: () => runtime.context,
          mail: createMailPorts(),
          webRoot: WEB_ROOT,
          uploadDir: join(defaultDataDir(), 'uploads'),
          ...(process.env.RENRAKU_TEST_CLOCK === '1' ? { setClock: runtime.setClock } : {}),
          // Server mode (PostgreSQL) serves many people: sign-in required (issue #8).
          ...(runtime.storage.engine === 'postgres' ? { accounts: accountsOptionsFromEnv() } : {}),
        },
        (bound) => ownHosts(opts.host, bound, opts.allowedHost),
        opts.host,
        port,
      );
      const stopOutbox = startOutboxWorker(runtime.context);
      process.stdout.write(
        `Renraku を起動しました: ${server.url}\nデータ: ${runtime.storage.location}\n(Ctrl+C で終了 / press Ctrl+C to stop)\n`,
      );
      const stop = async () => {
        stopOutbox();
        await server.close();
        await runtime.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
