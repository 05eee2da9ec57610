import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { isServerMode, loadConfig } from '../../app/config.js';
import { createLogger } from '../../app/log.js';
import { createMailPorts } from '../../app/mail-ports.js';
import { startOutboxWorker } from '../../app/outbox-worker.js';
import { openRuntime } from '../../app/runtime.js';
import { keepTodayWarm } from '../../app/today-warmup.js';
import { ownHosts } from '../../server/guard.js';
import { listen } from '../../server/serve.js';
import { defaultDataDir } from '../../storage/open.js';
import { CliError } from '../output.js';

export const DEFAULT_PORT = 4870;
// Three levels below the package root both as source (src/cli/commands) and built (dist/cli/commands).
const WEB_ROOT = fileURLToPath(new URL('../../../dist/web', import.meta.url));

/**
 * `renraku serve`. Embedded (no DATABASE_URL): the single-user app, migrations applied on
 * start, scheduled sends on an in-process timer, a friendly message on stdout and only warnings
 * in the (JSON, stderr) log. Server mode (DATABASE_URL=postgres://…): JSON logs on stdout, jobs
 * on pg-boss, and no schema change on start unless RENRAKU_AUTO_MIGRATE=1 (`renraku migrate`).
 */
export function registerServeCommand(program: Command) {
  program
    .command('serve')
    .description('Web アプリを起動する / start the web app')
    .option('--port <n>', `ポート / port (env PORT, 既定 default ${DEFAULT_PORT})`)
    .option('--host <h>', '待ち受けるアドレス / address to bind (env HOST, 既定 default 127.0.0.1)')
    .option(
      '--allowed-host <h...>',
      '受け付ける Host ヘッダー（リバースプロキシの後ろで使う）/ extra Host values to accept (env RENRAKU_ALLOWED_HOSTS)',
    )
    .action(async (opts: { port?: string; host?: string; allowedHost?: string[] }) => {
      const config = loadConfig();
      if (opts.port !== undefined && !/^\d{1,5}$/.test(opts.port))
        throw new CliError(
          `--port は数字で指定してください: ${opts.port}\n--port must be a number`,
          2,
        );
      const port = opts.port !== undefined ? Number(opts.port) : config.port;
      const host = opts.host ?? config.host;
      const allowedHosts = opts.allowedHost ?? config.allowedHosts;
      const server = isServerMode(config);
      const log = createLogger({
        level: config.logLevel ?? (server ? 'info' : 'warn'),
        fd: server ? 1 : 2,
      });

      const runtime = await openRuntime({
        databaseUrl: config.databaseUrl,
        dataDir: config.dataDir ?? defaultDataDir(),
        migrate: !server || config.autoMigrate ? 'apply' : 'require',
      });
      const running = await listen(
        {
          context: () => runtime.context,
          mail: createMailPorts(),
          webRoot: WEB_ROOT,
          uploadDir: join(config.dataDir ?? defaultDataDir(), 'uploads'),
          log,
          trustProxy: config.trustProxy,
          remindersAvailable: server && config.smtp !== undefined,
          ...(process.env.RENRAKU_TEST_CLOCK === '1' ? { setClock: runtime.setClock } : {}),
          // Server mode (PostgreSQL) serves many people: sign-in required (issue #8).
          ...(runtime.storage.engine === 'postgres'
            ? {
                accounts: {
                  signup: config.signup,
                  secureCookies: config.secureCookies,
                  trustProxy: config.trustProxy,
                },
              }
            : {}),
        },
        (bound) => ownHosts(host, bound, allowedHosts),
        host,
        port,
      );

      let stopJobs: () => Promise<void>;
      if (server) {
        const { startJobs } = await import('../../app/jobs.js');
        const jobs = await startJobs({
          storage: runtime.storage,
          base: runtime.context,
          config,
          log,
        }).catch(async (error: unknown) => {
          // Without jobs nothing would be sent: stop rather than run half a server.
          await running.close();
          await runtime.close();
          throw error;
        });
        stopJobs = jobs.stop;
        log.info(
          { url: running.url, data: runtime.storage.location },
          'Renraku を起動しました / started',
        );
      } else {
        const stopOutbox = startOutboxWorker(runtime.context, 30_000, log);
        const stopWarm = keepTodayWarm(runtime.context, log);
        stopJobs = async () => {
          stopWarm();
          stopOutbox();
        };
        process.stdout.write(
          `Renraku を起動しました: ${running.url}\nデータ: ${runtime.storage.location}\n(Ctrl+C で終了 / press Ctrl+C to stop)\n`,
        );
      }
      const stop = async (signal: string) => {
        log.info({ signal }, '終了します / stopping');
        await stopJobs();
        await running.close();
        await runtime.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop('SIGINT'));
      process.once('SIGTERM', () => void stop('SIGTERM'));
    });
}
