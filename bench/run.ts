import { readdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import type { Bench, BenchResult } from './types.js';

/**
 * `npm run bench [name…]`: runs every bench/*.bench.ts (or the named ones) and prints a
 * Markdown table to paste into docs/benchmarks.md with the date, machine and command.
 */
const only = process.argv.slice(2);
/** Benches that take minutes and a PostgreSQL server: run only when named. */
const OPT_IN = ['server-today.bench.ts', 'scope.bench.ts'];
const files = readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => (only.length === 0 ? !OPT_IN.includes(f) : only.some((o) => f.startsWith(o))))
  .sort();

const machine = `${cpus()[0]?.model ?? 'unknown CPU'} ×${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
console.log(`# npm run bench ${only.join(' ')}`.trim());
console.log(`date: ${new Date().toISOString()}  machine: ${machine}\n`);
console.log('| benchmark | value | unit | target | notes |');
console.log('| --- | ---: | --- | --- | --- |');
let failed = false;
for (const file of files) {
  const mod = (await import(`./${file}`)) as { default: Bench };
  let results: BenchResult[];
  try {
    results = await mod.default();
  } catch (error) {
    failed = true;
    console.log(`| ${file} | — | — | — | failed: ${String(error).slice(0, 200)} |`);
    continue;
  }
  for (const r of results) {
    const value = r.value >= 100 ? Math.round(r.value).toLocaleString('en-US') : r.value.toFixed(2);
    console.log(`| ${r.name} | ${value} | ${r.unit} | ${r.target ?? ''} | ${r.notes ?? ''} |`);
  }
}
if (failed) process.exitCode = 1;
