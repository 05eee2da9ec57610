import type { Command } from 'commander';
import { type IsoDate, isIsoDate, tokyoDateOf } from '../../core/domain/dates.js';
import {
  type Action,
  ACTION_LABELS,
  type TodayInput,
  type TodayResult,
  computeToday,
} from '../../core/followup/index.js';
import { CliError, printJson, printLines } from '../output.js';

/** Loads every application of the user with its events, promises and calendar. */
export type LoadToday = (date: IsoDate) => Promise<TodayInput>;

/**
 * `renraku today [--date D] [--json]`: the actions due across applications. `--json` prints
 * exactly the array of spec/interfaces.md. The date defaults to today in Asia/Tokyo; the clock
 * is read here, at the edge, never in the core.
 */
export function registerTodayCommand(
  program: Command,
  loadToday: LoadToday,
  clock: () => Date = () => new Date(),
) {
  program
    .command('today')
    .description('今日やること（全応募の期限・問い合わせ・返信）/ the actions due today')
    .option('--date <date>', '基準日 YYYY-MM-DD（既定: 東京の今日）/ reference date')
    .option('--json', 'JSON で出力 / print JSON')
    .action(async (opts: { date?: string; json?: boolean }) => {
      const date = resolveDate(opts.date, clock);
      const result = computeToday(await loadToday(date), date);
      if (opts.json) printJson(result.items);
      else printLines(formatToday(result, date));
    });
}

export function resolveDate(value: string | undefined, clock: () => Date): IsoDate {
  if (value === undefined) return tokyoDateOf(clock());
  if (!isIsoDate(value))
    throw new CliError(`日付は YYYY-MM-DD で指定してください: ${value}\ndate must be YYYY-MM-DD`);
  return value;
}

const md = (d: IsoDate | null): string =>
  d ? `${Number(d.slice(5, 7))}/${Number(d.slice(8))}` : '—';

function actionLine(a: Action): string[] {
  const w = a.window;
  const when =
    w.recommended && w.recommended !== w.from
      ? `${md(w.from)}〜（推奨 ${md(w.recommended)}）`
      : `${md(w.from)}${w.until ? `〜${md(w.until)}` : '〜'}`;
  const optional = a.optional ? '（任意）' : '';
  return [
    `・${a.company} — ${ACTION_LABELS[a.action].ja}${optional}  ${when}  [出典 ${a.source}]`,
    `    ${a.reason.ja}`,
  ];
}

/** The human list: now, waiting, upcoming; empty sections are left out. */
export function formatToday(result: TodayResult, date: IsoDate): string[] {
  const { now, waiting, upcoming } = result.list;
  const lines = [`今日やること ${date}`];
  if (now.length === 0 && waiting.length === 0 && upcoming.length === 0)
    return [...lines, '', '予定されている行動はありません / nothing to do'];
  if (now.length > 0)
    lines.push('', `■ 今日・期限切れ (${now.length})`, ...now.flatMap(actionLine));
  if (waiting.length > 0)
    lines.push(
      '',
      `■ 結果待ち (${waiting.length})`,
      ...waiting.map(
        (w) => `・${w.action.company} — 期限 ${md(w.action.window.until)} まであと${w.daysLeft}日`,
      ),
    );
  if (upcoming.length > 0)
    lines.push('', `■ これから (${upcoming.length})`, ...upcoming.flatMap(actionLine));
  return lines;
}
