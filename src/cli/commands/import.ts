import type { Command } from 'commander';
import { createMailPorts } from '../../app/mail-ports.js';
import { openRuntime } from '../../app/runtime.js';
import { type ImportSummary, importPath } from '../../services/import.js';
import { printJson, printLines } from '../output.js';

/** `renraku import PATH [--json]`: .eml files, a folder, or an .mbox, with progress; resumable. */
export function registerImportCommand(program: Command) {
  program
    .command('import')
    .description(
      '企業からのメールを取り込む（.eml、フォルダ、.mbox）/ import company mail (.eml, folder, .mbox)',
    )
    .argument('<path>', '.eml ファイル、フォルダ、または .mbox / a file, a folder or an .mbox')
    .option('--json', '最後に集計を JSON で出力 / print the summary as JSON')
    .action(async (path: string, opts: { json?: boolean }) => {
      const runtime = await openRuntime();
      const showProgress = process.stderr.isTTY && !opts.json;
      try {
        const summary = await importPath(runtime.context, createMailPorts(), path, {
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
      } finally {
        await runtime.close();
      }
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
