/**
 * `npm run eval promise`: scores the promise grammar on eval/promise/phrases.jsonl and, when
 * it exists, on eval/promise/heldout.jsonl (phrasings nobody on the grammar team wrote).
 *
 * Line format (JSON Lines, UTF-8, one object a line; same keys and values as the output of
 * `renraku deadline --jsonl` in spec/interfaces.md, plus the input fields):
 *   {"id":"p001",                      // string, unique in the file
 *    "text":"1週間以内にご連絡します",    // the interviewer's words
 *    "from":"2026-11-20",              // t0: 'YYYY-MM-DD' (or an ISO date-time; Asia/Tokyo date)
 *    "calendar":{"closedWeekdays":[3],"closedDates":["2026-12-01"],"obon":true,"yearEnd":false},
 *                                      // optional, and each field optional; weekdays 0=Sun…6=Sat;
 *                                      // defaults: [] / [] / obon false / yearEnd true
 *    "kind":"weeks",                   // days|weeks|months|business_days|date|period|unspecified|unparsed
 *    "passOnly":false,                 // boolean
 *    "channel":null,                   // "email"|"phone"|"portal"|null
 *    "ambiguous":false,                // boolean (true for days N ≤ 5)
 *    "inconsistent":true,              // optional boolean, scored only when present
 *    "deadline":"2026-11-27",          // 'YYYY-MM-DD' or null
 *    "earliestInquiry":"2026-11-30",   // 'YYYY-MM-DD' or null
 *    "recommendedInquiry":"2026-11-30",// 'YYYY-MM-DD' or null
 *    "silentAfter":"2026-12-04"}       // 'YYYY-MM-DD' or null
 * For `unparsed`, all four dates are null.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeDates } from '../../src/core/promise/compute-dates.js';
import { parsePromise } from '../../src/core/promise/parse-promise.js';
import type { EvalReport } from '../types.js';
import { FIELDS, type Labeled, parseLabeled, toCalendar } from './labeled.js';

interface Score {
  n: number;
  correct: Record<string, number>;
  allRight: number;
  failures: { id: string; text: string; fields: string[] }[];
}

function score(rows: Labeled[]): Score {
  const correct: Record<string, number> = Object.fromEntries(FIELDS.map((f) => [f, 0]));
  const failures: Score['failures'] = [];
  let allRight = 0;
  for (const row of rows) {
    const calendar = toCalendar(row.calendar);
    let got: Record<string, unknown>;
    try {
      got = { ...computeDates(parsePromise(row.text), row.from, calendar) };
    } catch (error) {
      got = { kind: 'error', error: String(error) };
    }
    const wrong = FIELDS.filter((f) => {
      const want = row[f];
      if (want === undefined) return false; // an optional key left out is not scored
      return got[f] !== want;
    });
    for (const f of FIELDS) if (!wrong.includes(f)) correct[f] = (correct[f] ?? 0) + 1;
    if (wrong.length === 0) allRight++;
    else failures.push({ id: row.id, text: row.text, fields: wrong });
  }
  return { n: rows.length, correct, allRight, failures };
}

const pct = (a: number, n: number) => (n === 0 ? 0 : Math.round((1000 * a) / n) / 10);

function report(
  name: string,
  s: Score,
  showText: boolean,
): { lines: string[]; metrics: Record<string, number> } {
  const lines = [
    `### ${name} (${s.n} phrases): ${pct(s.allRight, s.n)}% all fields right`,
    '',
    '| field | right | share |',
    '| --- | ---: | ---: |',
    ...FIELDS.map((f) => `| ${f} | ${s.correct[f]} | ${pct(s.correct[f] ?? 0, s.n)}% |`),
    '',
  ];
  for (const fail of s.failures.slice(0, 30)) {
    // heldout texts are not printed: the grammar's authors must not tune on them.
    lines.push(`- ${fail.id}${showText ? ` 「${fail.text}」` : ''}: ${fail.fields.join(', ')}`);
  }
  if (s.failures.length > 30) lines.push(`- … ${s.failures.length - 30} more`);
  const metrics: Record<string, number> = {
    [`${name}.n`]: s.n,
    [`${name}.allRight`]: pct(s.allRight, s.n),
  };
  for (const f of FIELDS) metrics[`${name}.${f}`] = pct(s.correct[f] ?? 0, s.n);
  return { lines, metrics };
}

function load(file: string): Labeled[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map(parseLabeled);
}

export default async function evaluate(): Promise<EvalReport> {
  const dir = import.meta.dirname;
  const own = report('phrases', score(load(join(dir, 'phrases.jsonl'))), true);
  const lines = [...own.lines];
  let metrics = own.metrics;
  const heldoutFile = join(dir, 'heldout.jsonl');
  if (existsSync(heldoutFile)) {
    const held = report('heldout', score(load(heldoutFile)), false);
    lines.push(...held.lines);
    metrics = { ...metrics, ...held.metrics };
  } else {
    lines.push('(no eval/promise/heldout.jsonl yet)');
  }
  return { name: 'promise grammar (kind, flags, four dates)', lines, metrics };
}
