import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { toICalendar } from '../../adapters/ical/index.js';
import { computeToday } from '../../core/followup/index.js';
import { printJson, printLines } from '../output.js';
import { type LoadToday, resolveDate } from './today.js';

/**
 * `renraku calendar FILE.ics [--date D]`: every open action (due or upcoming) and every
 * deadline as an all-day iCalendar file. Takes the same loader as `today`.
 */
export function registerCalendarCommand(
  program: Command,
  loadCalendarItems: LoadToday,
  clock: () => Date = () => new Date(),
) {
  program
    .command('calendar')
    .description('期限と行動を iCalendar (.ics) に書き出す / export actions and deadlines as .ics')
    .argument('<file>', '書き出し先 / output file, e.g. renraku.ics')
    .option('--date <date>', '基準日 YYYY-MM-DD（既定: 東京の今日）/ reference date')
    .option('--json', 'JSON で結果を出力 / print JSON')
    .action(async (file: string, opts: { date?: string; json?: boolean }) => {
      const now = clock();
      const date = resolveDate(opts.date, () => now);
      const actions = computeToday(await loadCalendarItems(date), date).actions.flat();
      const text = toICalendar(actions, { name: '連絡 Renraku', now: now.toISOString() });
      await writeFile(file, text, 'utf8');
      const events = (text.match(/BEGIN:VEVENT/g) ?? []).length;
      if (opts.json) printJson({ file, events });
      else printLines([`書き出しました / written: ${file}（${events} 件 / events）`]);
    });
}
