import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { rollForward } from '../src/core/calendar/business-day.js';
import { type CalendarConfig, DEFAULT_CALENDAR } from '../src/core/calendar/calendar-config.js';
import { tokyoDateOf } from '../src/core/domain/dates.js';
import { computeDates } from '../src/core/promise/compute-dates.js';
import { parsePromise } from '../src/core/promise/parse-promise.js';
import { type BenchResult, median } from './types.js';

interface Row {
  text: string;
  from: string;
  calendar: CalendarConfig;
  kind: string;
  deadline: string | null;
}

function loadRows(): Row[] {
  const file = join(import.meta.dirname, '../eval/promise/phrases.jsonl');
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const r = JSON.parse(l) as Row & { calendar?: Partial<CalendarConfig> };
      return { ...r, calendar: { ...DEFAULT_CALENDAR, ...r.calendar } };
    });
}

/** Phrases that name a calendar date outright (11月27日, 11/27, 27日(金)まで): chrono's ground. */
const ABSOLUTE =
  /[0-9０-９一二三四五六七八九十]\s*月\s*[0-9０-９一二三四五六七八九十]+\s*日|\d+\/\d+|[0-9０-９]+日\s*[(（]|[0-9０-９]+日まで/;

/**
 * Median rows/s over `runs` runs of ≥ 20,000 calls each, after a warm-up. Both wall-clock and
 * CPU time of this (single-threaded) process are measured: on a shared machine other load
 * slows the wall clock, not the CPU time this process used.
 */
function throughput(rows: Row[], fn: (r: Row) => unknown, runs = 7): { wall: number; cpu: number } {
  const rounds = Math.max(1, Math.ceil(20_000 / rows.length));
  for (let i = 0; i < rounds * 2; i++) for (const r of rows) fn(r); // warm-up (JIT)
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    for (let k = 0; k < rounds; k++) for (const r of rows) fn(r);
    const used = process.cpuUsage(cpuStart);
    const calls = rounds * rows.length;
    wall.push(calls / ((performance.now() - start) / 1000));
    cpu.push(calls / ((used.user + used.system) / 1e6));
  }
  return { wall: median(wall), cpu: median(cpu) };
}

const ours = (r: Row) => computeDates(parsePromise(r.text), r.from, r.calendar).deadline;

/** chrono-node reads the date; the product's rule (rollForward on the company calendar) does the rest. */
function chronoDeadline(r: Row): string | null {
  const ref = { instant: new Date(`${r.from}T12:00:00+09:00`), timezone: 'JST' };
  const date = chrono.ja.parseDate(r.text, ref, { forwardDate: true });
  return date ? rollForward(tokyoDateOf(date), r.calendar) : null;
}

export default async function bench(): Promise<BenchResult[]> {
  const rows = loadRows();
  const absolute = rows.filter((r) => r.kind === 'date' && ABSOLUTE.test(r.text));
  let oursRight = 0;
  let chronoRight = 0;
  let chronoOnly = 0;
  for (const r of absolute) {
    const a = ours(r) === r.deadline;
    const b = chronoDeadline(r) === r.deadline;
    if (a) oursRight++;
    if (b) chronoRight++;
    if (b && !a) chronoOnly++;
  }
  const n = absolute.length;
  const all = throughput(rows, ours);
  const oursAbs = throughput(absolute, ours);
  const chronoAbs = throughput(absolute, chronoDeadline);
  return [
    {
      name: 'promise: parse + compute (labeled set), CPU time',
      value: all.cpu,
      unit: 'phrases/s',
      target: '≥ 200,000',
      notes: `${rows.length} phrases, median of 7 runs, one core (process.cpuUsage)`,
    },
    {
      name: 'promise: parse + compute (labeled set), wall clock',
      value: all.wall,
      unit: 'phrases/s',
      target: '≥ 200,000',
      notes: 'same runs, performance.now(); lower when the machine is busy',
    },
    {
      name: 'promise vs chrono-node: absolute dates read right (ours)',
      value: oursRight,
      unit: `of ${n}`,
      notes: 'deadline after rollForward on the company calendar',
    },
    {
      name: 'promise vs chrono-node: absolute dates read right (chrono.ja)',
      value: chronoRight,
      unit: `of ${n}`,
      notes: `chrono date + rollForward; phrases chrono gets right and we miss: ${chronoOnly}`,
    },
    {
      name: 'promise: absolute-date subset, CPU time (ours)',
      value: oursAbs.cpu,
      unit: 'phrases/s',
    },
    {
      name: 'chrono-node ja: absolute-date subset, CPU time',
      value: chronoAbs.cpu,
      unit: 'phrases/s',
      notes: `chrono.ja.parseDate + the same rollForward; ratio ours/chrono ${(oursAbs.cpu / chronoAbs.cpu).toFixed(1)}×`,
    },
  ];
}
