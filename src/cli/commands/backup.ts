import type { Command } from 'commander';
import { tokyoIso } from '../../services/context.js';
import { readBackup, writeBackup } from '../../storage/backup.js';
import { printJson, printLines } from '../output.js';
import { withRuntime } from '../with-runtime.js';

export function registerBackupCommands(program: Command) {
  program
    .command('backup <file>')
    .description('全データを1つのファイルに書き出す / write all data to one portable file')
    .option('--json', 'JSON で出力 / print JSON')
    .action(async (file: string, opts: { json?: boolean }) => {
      await withRuntime(async (ctx) => {
        const { storage } = ctx;
        const counts = await writeBackup(storage.db, storage.engine, file, tokyoIso(ctx.now()));
        if (opts.json) printJson({ file, counts });
        else printLines([`バックアップしました / backed up: ${file}`, ...summary(counts)]);
      });
    });
  program
    .command('restore <file>')
    .description(
      'バックアップを空のデータディレクトリに復元する / restore a backup into an empty data directory',
    )
    .option('--json', 'JSON で出力 / print JSON')
    .action(async (file: string, opts: { json?: boolean }) => {
      await withRuntime(async (ctx) => {
        const counts = await readBackup(ctx.storage.db, file);
        if (opts.json) printJson({ file, counts });
        else printLines([`復元しました / restored: ${file}`, ...summary(counts)]);
      });
    });
}

const summary = (counts: Record<string, number>) =>
  Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([table, n]) => `  ${table}: ${n}`);
