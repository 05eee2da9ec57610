#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { DataDirBusyError } from '../storage/data-dir-lock.js';
import { ServiceError } from '../services/errors.js';
import { CliError } from './output.js';

const program = new Command('renraku')
  .description(
    '連絡 (Renraku) — 面接後の「ご連絡します」を期日に変え、問い合わせの時期と文面を用意します。\n' +
      "Renraku turns an interviewer's promise into dates on the business calendar and drafts the follow-up.\n" +
      'データ / data: $RENRAKU_DATA（既定 ~/.local/share/renraku）または DATABASE_URL=postgres://…',
  )
  .version('0.1.0')
  .helpOption('-h, --help', 'ヘルプを表示 / show help')
  .showHelpAfterError('(--help で使い方を表示 / add --help for usage)')
  .exitOverride();

/**
 * Each command with the modules it needs, imported only when that command runs: `renraku
 * today` does not load the web server, the mail parser or the tone dictionaries (cold start,
 * spec/quality.md). `--help` alone loads them all to list them.
 */
const COMMANDS: Record<string, () => Promise<void>> = {
  serve: async () => (await import('./commands/serve.js')).registerServeCommand(program),
  migrate: async () => (await import('./commands/migrate.js')).registerMigrateCommand(program),
  account: async () => (await import('./commands/account.js')).registerAccountCommand(program),
  backup: async () => (await import('./commands/backup.js')).registerBackupCommands(program),
  restore: async () => (await import('./commands/backup.js')).registerBackupCommands(program),
  add: async () => (await import('./commands/add.js')).registerAddCommand(program),
  demo: async () => (await import('./commands/demo.js')).registerDemoCommand(program),
  deadline: async () => (await import('./commands/deadline.js')).registerDeadlineCommand(program),
  today: async () => {
    const [{ registerTodayCommand }, loaders] = await Promise.all([
      import('./commands/today.js'),
      loadersModule(),
    ]);
    registerTodayCommand(program, loaders.today, loaders.clock);
  },
  calendar: async () => {
    const [{ registerCalendarCommand }, loaders] = await Promise.all([
      import('./commands/calendar.js'),
      loadersModule(),
    ]);
    registerCalendarCommand(program, loaders.today, loaders.clock);
  },
  draft: async () => {
    const [{ registerDraftCommand }, loaders] = await Promise.all([
      import('./commands/draft.js'),
      loadersModule(),
    ]);
    registerDraftCommand(program, loaders.draftContext);
  },
  lint: async () => (await import('./commands/lint.js')).registerLintCommand(program),
  classify: async () => (await import('./commands/classify.js')).registerClassifyCommand(program),
  import: async () => (await import('./commands/import.js')).registerImportCommand(program),
};

const loadersModule = () => import('./loaders.js');

const requested = process.argv.slice(2).find((arg) => !arg.startsWith('-'));
const register = requested ? COMMANDS[requested] : undefined;
if (register) await register();
else {
  // backup and restore share a module: register it once.
  const unique = Object.entries(COMMANDS).filter(([name]) => name !== 'restore');
  for (const [, load] of unique) await load();
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = reportError(error);
}

function reportError(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode;
  if (error instanceof CliError) {
    process.stderr.write(`renraku: ${error.message}\n`);
    return error.exitCode;
  }
  if (error instanceof DataDirBusyError || error instanceof ServiceError) {
    process.stderr.write(`renraku: ${error.message}\n`);
    return 2;
  }
  const exitCode = (error as { exitCode?: unknown } | null)?.exitCode;
  if (error instanceof Error && typeof exitCode === 'number') {
    // Configuration and pending-migration errors: the message says what to fix (exit 2).
    process.stderr.write(`renraku: ${error.message}\n`);
    return exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`renraku: エラー / error: ${message}\n`);
  return 1;
}
