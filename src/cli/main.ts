#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { DataDirBusyError } from '../storage/data-dir-lock.js';
import { ServiceError } from '../services/errors.js';
import { clockFromEnv } from '../app/runtime.js';
import { loadDraftContext } from '../services/drafts.js';
import { loadTodayInput } from '../services/today.js';
import { registerAddCommand } from './commands/add.js';
import { registerCalendarCommand } from './commands/calendar.js';
import { registerDeadlineCommand } from './commands/deadline.js';
import { registerDraftCommand } from './commands/draft.js';
import { registerLintCommand } from './commands/lint.js';
import { registerTodayCommand } from './commands/today.js';
import { registerBackupCommands } from './commands/backup.js';
import { registerDemoCommand } from './commands/demo.js';
import { registerServeCommand } from './commands/serve.js';
import { CliError } from './output.js';
import { withRuntime } from './with-runtime.js';

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

registerServeCommand(program);
registerBackupCommands(program);
registerAddCommand(program);
registerDemoCommand(program);
registerDeadlineCommand(program);
registerTodayCommand(program, () => withRuntime(loadTodayInput), clockFromEnv());
registerCalendarCommand(program, () => withRuntime(loadTodayInput), clockFromEnv());
registerDraftCommand(program, (applicationId) =>
  withRuntime((ctx) => loadDraftContext(ctx, applicationId)),
);
registerLintCommand(program);

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
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`renraku: エラー / error: ${message}\n`);
  return 1;
}
