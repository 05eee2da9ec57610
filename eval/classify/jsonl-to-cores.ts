import { readFileSync, writeFileSync } from 'node:fs';
import { loadJsonl } from './load.js';

/**
 * Labeled JSON lines as whole-mail cores (cores-wN-*.txt), unchanged in wording and labels and
 * without printing any of them: a held-out set that is no longer held out (run too often, or
 * read), or a new training writer's file.
 * `npx tsx eval/classify/jsonl-to-cores.ts <messages.jsonl> <cores-wN-x.txt>`.
 * The From field is dropped (cores carry none; see make-dev.ts).
 */
function toCores(input: string, output: string): void {
  const blocks = loadJsonl(input).map((m) => {
    const body = m.body.replace(/\r\n?/g, '\n').trim();
    if (/^===$/m.test(body)) throw new Error(`${m.id}: a body line is the block separator`);
    if ((m.subject ?? '').includes('\n')) throw new Error(`${m.id}: subject has a line break`);
    const flags = `${m.reapplyWelcome ? 1 : 0}|${m.template ? 1 : 0}`;
    return `${m.category}|${flags}\n件名:${m.subject ?? ''}\n${body}`;
  });
  writeFileSync(output, `${blocks.join('\n===\n')}\n`);
  const written = readFileSync(output, 'utf8').split(/^===$/m).length;
  if (written !== blocks.length)
    throw new Error(`${output}: ${written} blocks for ${blocks.length}`);
  console.log(`${output}: ${blocks.length} cores`);
}

const [input, output] = process.argv.slice(2);
if (!input || !output) throw new Error('usage: jsonl-to-cores.ts <messages.jsonl> <cores.txt>');
toCores(input, output);
