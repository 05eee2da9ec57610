import { readFile } from 'node:fs/promises';
import { type Command, Option } from 'commander';
import { lintAll } from '../../adapters/textlint/lint-all.js';
import { findingToJson } from '../../core/drafts/to-json.js';
import { getTemplate, isTemplateId } from '../../core/drafts/registry.js';
import { formatFinding, summarizeFindings } from '../../core/lint/format-findings.js';
import { hasErrors } from '../../core/lint/kernel.js';
import { lintProduct } from '../../core/lint/product-rules.js';
import type { LintOptions, Medium } from '../../core/lint/types.js';
import { CliError, printJson, printLines } from '../output.js';

interface LintCliOptions {
  json?: boolean;
  medium: Medium;
  template?: string;
  productOnly?: boolean;
}

const HELP_AFTER = `
終了コード / exit status:
  0  エラー級の指摘なし（警告のみは 0）/ no error-level finding (warnings alone exit 0)
  1  エラー級の指摘あり（送信前に直す）/ at least one error-level finding
  2  入力を読めない・引数が不正 / unreadable input or bad arguments

例 / examples:
  renraku lint draft.txt
  renraku lint --json < draft.txt
  renraku lint --medium phone --template phone_absent script.txt`;

/** `renraku lint [FILE | -]`: tone findings for a whole email or phone script. */
export function registerLintCommand(program: Command) {
  program
    .command('lint')
    .description(
      '下書きの文面をチェックする（感情・催促・二重敬語・必須要素・文章校正）/ check the tone of a draft',
    )
    .argument('[file]', 'ファイル、または - で標準入力（省略時も標準入力）/ a file, or - for stdin')
    .option('--json', 'JSON で出力 / print {"findings":[…]}')
    .addOption(
      new Option('--medium <medium>', 'メールか電話か / email or phone')
        .choices(['email', 'phone'])
        .default('email'),
    )
    .option(
      '--template <id>',
      'テンプレートの必須要素で確認 / check the parts this template requires',
    )
    .option('--product-only', '文章校正（textlint）を省く / skip the textlint prose rules')
    .addHelpText('after', HELP_AFTER)
    .action(async (file: string | undefined, opts: LintCliOptions) => {
      const text = await readInput(file);
      const findings = await runLint(text, lintOptions(opts), opts.productOnly === true);
      if (opts.json) printJson({ findings: findings.map(findingToJson) });
      else printLines([...findings.map(formatFinding), summarizeFindings(findings)]);
      if (hasErrors(findings)) process.exitCode = 1;
    });
}

function lintOptions(opts: LintCliOptions): Omit<LintOptions, 'rules'> {
  if (opts.template === undefined) return { medium: opts.medium };
  if (!isTemplateId(opts.template)) {
    throw new CliError(
      `不明なテンプレートです: ${opts.template}（renraku draft --list で一覧）\nunknown template: ${opts.template}`,
      2,
    );
  }
  const t = getTemplate(opts.template);
  return { medium: t.medium, requiredParts: t.requiredParts, inquiry: t.inquiry };
}

function runLint(text: string, options: Omit<LintOptions, 'rules'>, productOnly: boolean) {
  return productOnly ? Promise.resolve(lintProduct(text, options)) : lintAll(text, options);
}

async function readInput(file: string | undefined): Promise<string> {
  try {
    if (file === undefined || file === '-') return await readStdin();
    return await readFile(file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(`入力を読めません / cannot read the input: ${reason}`, 2);
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}
