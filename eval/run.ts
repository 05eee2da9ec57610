import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalReport } from './types.js';

/**
 * `npm run eval [name…]`: runs eval/<name>/run.ts for every evaluation (promise, classify …)
 * on the labeled sets the project writes, and prints the reports in Markdown.
 */
const only = process.argv.slice(2);
const dirs = readdirSync(import.meta.dirname)
  .filter((d) => statSync(join(import.meta.dirname, d)).isDirectory())
  .filter((d) => only.length === 0 || only.includes(d))
  .filter((d) => readdirSync(join(import.meta.dirname, d)).includes('run.ts'))
  .sort();

console.log(`# npm run eval ${only.join(' ')}`.trim());
console.log(`date: ${new Date().toISOString()}\n`);
for (const dir of dirs) {
  const mod = (await import(`./${dir}/run.ts`)) as { default: () => Promise<EvalReport> };
  const report = await mod.default();
  console.log(`## ${report.name}\n`);
  for (const line of report.lines) console.log(line);
  console.log('');
}
