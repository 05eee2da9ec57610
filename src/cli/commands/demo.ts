import type { Command } from 'commander';
import { fillDemo } from '../../services/demo.js';
import { printJson, printLines } from '../output.js';
import { withRuntime } from '../with-runtime.js';

export function registerDemoCommand(program: Command) {
  program
    .command('demo')
    .description(
      '空のデータディレクトリにデモデータを作る / fill an empty data directory with a realistic demo',
    )
    .option('--json', 'JSON で出力 / print JSON')
    .action(async (opts: { json?: boolean }) => {
      await withRuntime(async (ctx) => {
        const result = await fillDemo(ctx);
        if (opts.json) printJson(result);
        else
          printLines([
            `デモデータを作成しました: 企業 ${result.companies} 社 / demo created: ${result.companies} companies`,
            `データ / data: ${ctx.storage.location}`,
            '`npm start` または `renraku serve` で開いてください / open it with `renraku serve`',
          ]);
      });
    });
}
