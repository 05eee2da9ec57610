import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import { decodeMessage } from '../../adapters/mail/index.js';
import { type Classification, classifyMessage } from '../../core/classify/index.js';
import { tokyoDateOf, tokyoDateOfString } from '../../core/domain/dates.js';
import { CATEGORY_LABELS } from '../../core/messages/categories.js';
import { findDates } from '../../core/messages/find-dates.js';
import { CliError } from '../output.js';

/** Where the command reads and writes; tests inject their own. */
export interface ClassifyIo {
  stdout: (chunk: string) => void;
  readStdin: () => Promise<string>;
  readFile: (path: string) => Buffer;
}

const NODE_IO: ClassifyIo = {
  stdout: (chunk) => process.stdout.write(chunk),
  readStdin: async () => {
    let data = '';
    for await (const chunk of process.stdin) data += String(chunk);
    return data;
  },
  readFile: (path) => readFileSync(path),
};

const lineSchema = z.object({
  id: z.union([z.string(), z.number()]),
  subject: z.string().optional(),
  body: z.string(),
  from: z.string().optional(),
  /** When it was received (date or ISO date-time); relative dates in the text count from it. */
  date: z.string().optional(),
});

/** One JSON Lines record in → one out (interfaces.md `classify --jsonl`); never throws. */
export function classifyJsonlLine(
  line: string,
  userAddresses: string[] = [],
  today?: string,
): string {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return JSON.stringify({ id: null, error: 'invalid JSON' });
  }
  const parsed = lineSchema.safeParse(raw);
  if (!parsed.success) {
    const id = typeof raw === 'object' && raw !== null && 'id' in raw ? raw.id : null;
    const issue = parsed.error.issues[0];
    const error = issue ? `${issue.path.join('.') || 'line'}: ${issue.message}` : 'invalid line';
    return JSON.stringify({ id, error });
  }
  const { id, subject, body, from, date } = parsed.data;
  const c = classifyMessage({
    body,
    ...(subject === undefined ? {} : { subject }),
    ...(from === undefined ? {} : { from }),
    userAddresses,
  });
  return JSON.stringify({
    id,
    category: c.category,
    reapplyWelcome: c.reapplyWelcome,
    direction: c.direction,
    confidence: c.confidence,
    // Dates the text names, read with the promise grammar from the day it was received
    // (the line's `date`, else today in Asia/Tokyo).
    dates:
      c.direction === 'outgoing'
        ? []
        : findDates(
            `${subject ?? ''}\n${body}`,
            (date && tokyoDateOfString(date)) || today || tokyoDateOf(new Date()),
          ),
  });
}

/** A pasted message: an optional first line `件名：…` / `Subject: …` is the subject. */
export function splitPlainText(text: string): { subject: string; body: string } {
  const m = /^(?:件名|Subject)\s*[:：]\s*(?<subject>.*)\r?\n/i.exec(text);
  if (!m) return { subject: '', body: text };
  return { subject: m.groups?.subject?.trim() ?? '', body: text.slice(m[0].length) };
}

function formatText(c: Classification): string[] {
  const label = CATEGORY_LABELS[c.category];
  return [
    `分類 / category: ${label.ja}（${c.category}） 確信度 ${c.confidence}`,
    `方向 / direction: ${c.direction === 'outgoing' ? '送信 / outgoing' : '受信 / incoming'}`,
    ...(c.category === 'rejection'
      ? [
          `再応募歓迎 / reapply welcome: ${c.reapplyWelcome ? 'はい / yes' : 'いいえ / no'}`,
          `定型文 / template: ${c.template ? 'はい / yes' : 'いいえ / no'}`,
        ]
      : []),
    `選考段階 / stage: ${c.stageMentioned ?? '—'}`,
    '根拠 / cues:',
    ...c.cues.map((cue) => `  - ${cue}`),
  ];
}

interface ClassifyOptions {
  json?: boolean;
  jsonl?: boolean;
  me?: string;
}

async function readOne(io: ClassifyIo, file: string | undefined) {
  if (file === undefined || file === '-') return { ...splitPlainText(await io.readStdin()) };
  let raw: Buffer;
  try {
    raw = io.readFile(file);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new CliError(`ファイルを読めません: ${file} / cannot read the file: ${why}`);
  }
  if (!/\.eml$/i.test(file)) return splitPlainText(raw.toString('utf8'));
  const decoded = await decodeMessage(raw);
  if (!decoded.ok) throw new CliError(decoded.reason);
  return { subject: decoded.subject, body: decoded.text, from: decoded.from?.address ?? '' };
}

export function registerClassifyCommand(program: Command, io: ClassifyIo = NODE_IO): void {
  program
    .command('classify')
    .description('企業からのメールを分類する / classify a message from a company')
    .argument('[file]', '.eml またはテキスト、- で標準入力 / an .eml or text file, - for stdin')
    .option('--json', 'JSON で出力 / print JSON')
    .option('--jsonl', '標準入力の JSON Lines を一括処理 / batch: JSON Lines on stdin')
    .option(
      '--me <addresses>',
      '自分のアドレス（カンマ区切り）/ your own addresses, comma-separated',
    )
    .action(async (file: string | undefined, opts: ClassifyOptions) => {
      const me = (opts.me ?? '')
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean);
      if (opts.jsonl) {
        const input = await io.readStdin();
        for (const line of input.split(/\r?\n/)) {
          if (line.trim() !== '') io.stdout(`${classifyJsonlLine(line, me)}\n`);
        }
        return;
      }
      const message = await readOne(io, file);
      if (message.body.trim() === '') {
        throw new CliError('本文が空です / the message body is empty');
      }
      const c = classifyMessage({ ...message, userAddresses: me });
      if (opts.json) io.stdout(`${JSON.stringify(c, null, 2)}\n`);
      else io.stdout(`${formatText(c).join('\n')}\n`);
    });
}
