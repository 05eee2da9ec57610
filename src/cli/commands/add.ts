import type { Command } from 'commander';
import { STAGES, STAGE_LABELS, isStage } from '../../core/domain/stage.js';
import { recordInterview } from '../../services/interviews.js';
import { CliError, printJson, printLines } from '../output.js';
import { withRuntime } from '../with-runtime.js';

export function registerAddCommand(program: Command) {
  const add = program.command('add').description('記録を追加する / add a record');
  add
    .command('interview')
    .description(
      '面接と、結果連絡について言われたことを記録する / record an interview and what was said about the result',
    )
    .requiredOption('--company <name>', '企業名（新しければ作成）/ company name (created if new)')
    .requiredOption('--stage <stage>', `選考段階 / stage: ${STAGES.join(' ')}`)
    .requiredOption(
      '--at <datetime>',
      '日時（東京時間）/ date-time in Asia/Tokyo, e.g. 2026-11-20T14:00',
    )
    .option('--said <words>', '結果連絡について言われた言葉 / the words said about the result')
    .option('--position <p>', '職種 / position')
    .option('--json', 'JSON で出力 / print JSON')
    .action(
      async (opts: {
        company: string;
        stage: string;
        at: string;
        said?: string;
        position?: string;
        json?: boolean;
      }) => {
        const stage = opts.stage;
        if (!isStage(stage)) {
          throw new CliError(
            `不明な選考段階です: ${stage}（${STAGES.join(', ')}）\nunknown stage: ${stage}`,
          );
        }
        await withRuntime(async (ctx) => {
          const result = await recordInterview(ctx, {
            companyName: opts.company,
            stage,
            at: opts.at,
            said: opts.said,
            position: opts.position,
          });
          if (opts.json) {
            printJson({
              applicationId: result.application.id,
              companyId: result.company.id,
              interviewId: result.interview.id,
              promise: result.promise?.reading ?? null,
            });
            return;
          }
          const r = result.promise?.reading;
          printLines([
            `記録しました / recorded: ${result.company.name} ${STAGE_LABELS[stage].ja} ${result.interview.occurredAt}`,
            `応募 ID / application: ${result.application.id}`,
            ...(r
              ? [
                  `種類 / kind: ${r.kind}${r.passOnly ? '（合格者のみ連絡 / pass-only）' : ''}`,
                  `連絡期限 / deadline: ${r.deadline ?? '—'}`,
                  `問い合わせ可 / earliest inquiry: ${r.earliestInquiry ?? '—'}`,
                  `問い合わせ推奨 / recommended inquiry: ${r.recommendedInquiry ?? '—'}`,
                  `サイレントの目安 / silent after: ${r.silentAfter ?? '—'}`,
                ]
              : []),
          ]);
        });
      },
    );
}
