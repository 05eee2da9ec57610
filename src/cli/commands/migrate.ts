import type { Command } from 'commander';
import { storageFromConfig } from '../../app/runtime.js';
import { migrateToLatest, migrationStatus } from '../../storage/migrate.js';
import { openStorage } from '../../storage/open.js';
import { printJson, printLines } from '../output.js';

/**
 * `renraku migrate [--status] [--json]`: applies the pending migrations explicitly and says which
 * ran. Server mode needs it: `serve` there does not change the schema on its own. The embedded
 * database is migrated whenever it opens, so this only reports there (and applies, if an older
 * file was copied in). Safe to run from several places at once: the migrator takes a lock.
 */
export function registerMigrateCommand(program: Command) {
  program
    .command('migrate')
    .description('データベースを最新の形に更新する / apply pending database migrations')
    .option('--status', '適用済み・未適用の一覧だけ表示 / list applied and pending, change nothing')
    .option('--json', 'JSON で出力 / print JSON')
    .action(async (opts: { status?: boolean; json?: boolean }) => {
      const storage = await openStorage({ ...storageFromConfig(), migrate: 'none' });
      try {
        if (opts.status) {
          const all = await migrationStatus(storage.db, storage.engine);
          if (opts.json) return printJson({ location: storage.location, migrations: all });
          const pending = all.filter((m) => !m.applied).length;
          return printLines([
            `データベース / database: ${storage.location}`,
            ...all.map((m) => `  ${m.applied ? '適用済み applied' : '未適用 pending '}  ${m.name}`),
            pending === 0
              ? '最新です / up to date'
              : `未適用 ${pending} 件: renraku migrate で適用します / ${pending} pending: run renraku migrate`,
          ]);
        }
        const ran = await migrateToLatest(storage.db, storage.engine);
        if (opts.json) return printJson({ location: storage.location, applied: ran });
        printLines([
          `データベース / database: ${storage.location}`,
          ...(ran.length === 0
            ? ['すでに最新です（適用なし）/ already up to date, nothing applied']
            : [
                `${ran.length} 件を適用しました / applied ${ran.length}:`,
                ...ran.map((name) => `  ${name}`),
              ]),
        ]);
      } finally {
        await storage.close();
      }
    });
}
