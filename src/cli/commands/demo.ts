import type { Command } from 'commander';
import { openRuntime } from '../../app/runtime.js';
import { fillDemo } from '../../services/demo.js';
import { printJson, printLines } from '../output.js';

export function registerDemoCommand(program: Command) {
  program
    .command('demo')
    .description(
      '空のデータディレクトリにデモデータを作る / fill an empty data directory with a realistic demo',
    )
    .option('--json', 'JSON で出力 / print JSON')
    .action(async (opts: { json?: boolean }) => {
      const runtime = await openRuntime();
      try {
        const result = await fillDemo(runtime.context);
        if (opts.json) printJson(result);
        else
          printLines([
            `デモデータを作成しました: 企業 ${result.companies} 社 / demo created: ${result.companies} companies`,
            `データ / data: ${runtime.storage.location}`,
            '`npm start` または `renraku serve` で開いてください / open it with `renraku serve`',
          ]);
      } finally {
        await runtime.close();
      }
    });
}
