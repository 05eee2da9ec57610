import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import { type CalendarConfig, DEFAULT_CALENDAR } from '../../core/calendar/calendar-config.js';
import { formatEn, formatJa } from '../../core/calendar/format-date.js';
import { tokyoDateOf } from '../../core/domain/dates.js';
import { dayZeroOf } from '../../core/promise/day-zero.js';
import { readPromise } from '../../core/promise/read-promise.js';
import type { PromiseReadingJson } from '../../core/promise/types.js';
import { CliError } from '../output.js';

/** Where the command reads and writes; tests inject their own (hono testClient idea). */
export interface DeadlineIo {
  stdout: (chunk: string) => void;
  readStdin: () => Promise<string>;
  readFile: (path: string) => string;
  today: () => string;
}

const NODE_IO: DeadlineIo = {
  stdout: (chunk) => process.stdout.write(chunk),
  readStdin: async () => {
    let data = '';
    for await (const chunk of process.stdin) data += String(chunk);
    return data;
  },
  readFile: (path) => readFileSync(path, 'utf8'),
  // The CLI may read the clock; the core never does.
  today: () => tokyoDateOf(new Date()),
};

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const calendarSchema = z
  .object({
    closedWeekdays: z.array(z.number().int().min(0).max(6)).optional(),
    closedDates: z.array(isoDate).optional(),
    obon: z.boolean().optional(),
    yearEnd: z.boolean().optional(),
  })
  .strict();
const lineSchema = z.object({
  id: z.union([z.string(), z.number()]),
  from: z.string().refine((s) => dayZeroOf(s) !== null, 'a date or an ISO date-time'),
  text: z.string(),
  calendar: calendarSchema.optional(),
});

function toCalendar(input: z.infer<typeof calendarSchema> | undefined): CalendarConfig {
  if (!input) return DEFAULT_CALENDAR;
  return {
    closedWeekdays: input.closedWeekdays ?? DEFAULT_CALENDAR.closedWeekdays,
    closedDates: input.closedDates ?? DEFAULT_CALENDAR.closedDates,
    obon: input.obon ?? DEFAULT_CALENDAR.obon,
    yearEnd: input.yearEnd ?? DEFAULT_CALENDAR.yearEnd,
  };
}

/** The interfaces.md `deadline --jsonl` object: the reading without its explanation. */
function jsonlRecord(id: unknown, r: PromiseReadingJson): Record<string, unknown> {
  const { explanation: _explanation, error, ...rest } = r;
  return { id, ...rest, ...(error === undefined ? {} : { error }) };
}

/** One input line → one output line; never throws (a bad line must not stop the batch). */
export function deadlineJsonlLine(line: string): string {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return JSON.stringify({ id: null, kind: 'unparsed', error: 'invalid JSON' });
  }
  const parsed = lineSchema.safeParse(raw);
  if (!parsed.success) {
    const id = typeof raw === 'object' && raw !== null && 'id' in raw ? raw.id : null;
    const issue = parsed.error.issues[0];
    const error = issue ? `${issue.path.join('.') || 'line'}: ${issue.message}` : 'invalid line';
    return JSON.stringify({ id, kind: 'unparsed', error });
  }
  const { id, from, text, calendar } = parsed.data;
  return JSON.stringify(jsonlRecord(id, readPromise(text, from, toCalendar(calendar))));
}

const KIND_JA: Record<string, string> = {
  days: '日数',
  weeks: '週数',
  months: '月数',
  business_days: '営業日数',
  date: '日付',
  period: '期間',
  unspecified: '時期の指定なし',
  unparsed: '読み取れず',
};
const CHANNEL = {
  email: ['メール', 'email'],
  phone: ['電話', 'phone'],
  portal: ['マイページ', 'portal'],
} as const;

export function formatReading(r: PromiseReadingJson, lang: 'ja' | 'en'): string[] {
  const ja = lang === 'ja';
  const day = (d: string | null) => (d === null ? '—' : ja ? formatJa(d) : `${formatEn(d)} (${d})`);
  const flags = [
    r.passOnly ? (ja ? '合格者のみ連絡' : 'pass-only') : '',
    r.channel ? CHANNEL[r.channel][ja ? 0 : 1] : '',
    r.ambiguous ? (ja ? '曖昧（早い読み ' : 'ambiguous (early reading ') : '',
  ].filter(Boolean);
  if (r.ambiguous) flags[flags.length - 1] += `${day(r.explanation.earlyDeadline)}）`;
  const head = ja ? `種類: ${KIND_JA[r.kind] ?? r.kind}（${r.kind}）` : `kind: ${r.kind}`;
  return [
    flags.length ? `${head}  ${flags.join(' / ')}` : head,
    `${ja ? '連絡期限' : 'deadline'}: ${day(r.deadline)}`,
    `${ja ? '問い合わせ可' : 'earliest inquiry'}: ${day(r.earliestInquiry)}`,
    `${ja ? '問い合わせ推奨' : 'recommended inquiry'}: ${day(r.recommendedInquiry)}`,
    `${ja ? 'サイレントの目安' : 'silent after'}: ${day(r.silentAfter)}`,
    '',
    ja ? r.explanation.ja : r.explanation.en,
  ];
}

interface DeadlineOptions {
  from?: string;
  calendar?: string;
  json?: boolean;
  jsonl?: boolean;
  lang?: string;
}

export function registerDeadlineCommand(program: Command, io: DeadlineIo = NODE_IO): void {
  program
    .command('deadline')
    .description(
      '面接で言われた言葉から連絡期限と問い合わせ日を計算する / dates from the words said at the interview',
    )
    .argument('[words]', '言われた言葉 / the words, e.g. "1週間以内にご連絡します"')
    .option(
      '--from <date>',
      '面接日（東京時間、既定は今日）/ interview date (Asia/Tokyo; default today)',
    )
    .option('--calendar <file>', '企業カレンダーの JSON / company calendar JSON file')
    .option('--json', 'JSON で出力 / print JSON')
    .option('--jsonl', '標準入力の JSON Lines を一括処理 / batch: JSON Lines on stdin')
    .option('--lang <lang>', '説明の言語 ja|en / language of the text output', 'ja')
    .action(async (words: string | undefined, opts: DeadlineOptions) => {
      if (opts.jsonl) {
        const input = await io.readStdin();
        for (const line of input.split(/\r?\n/)) {
          if (line.trim() !== '') io.stdout(`${deadlineJsonlLine(line)}\n`);
        }
        return;
      }
      if (words === undefined || words.trim() === '') {
        throw new CliError(
          '言葉を指定してください / give the words, e.g. renraku deadline "1週間以内"',
        );
      }
      if (opts.lang !== 'ja' && opts.lang !== 'en') {
        throw new CliError(`--lang は ja か en です / --lang must be ja or en: ${opts.lang}`);
      }
      const from = opts.from ?? io.today();
      const t0 = dayZeroOf(from);
      if (t0 === null) {
        throw new CliError(`日付が読めません: ${from} / cannot read the date: ${from}`);
      }
      const calendar = opts.calendar ? loadCalendar(io, opts.calendar) : DEFAULT_CALENDAR;
      const reading = readPromise(words, t0, calendar);
      if (opts.json) io.stdout(`${JSON.stringify({ t0, ...reading }, null, 2)}\n`);
      else io.stdout(`${formatReading(reading, opts.lang).join('\n')}\n`);
    });
}

function loadCalendar(io: DeadlineIo, path: string): CalendarConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(io.readFile(path));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new CliError(`カレンダーを読めません: ${path} / cannot read the calendar: ${why}`);
  }
  const parsed = calendarSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CliError(
      `カレンダーの形式が違います / invalid calendar: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`,
    );
  }
  return toCalendar(parsed.data);
}
