import { isTemplateRejection, reapplyWelcome } from '../../src/core/classify/message-rules.js';
import { cleanBody } from '../../src/core/classify/normalize.js';
import { type Labeled, loadDev, writerOf } from './load.js';

/**
 * How well the two rejection flags (reapplyWelcome, template) read the team's own labeled
 * rejections: the verbatim variant (v0) of each core, overall and per writer (team-1 for the
 * first team's cores-<category>.txt, and each cores-w2-* / cores-w3-* file). Never reads heldout/.
 *
 *   npx tsx eval/classify/flags.ts                   # figures for the writers patterns are built on
 *   npx tsx eval/classify/flags.ts --misses          # … and their wrong answers (first 300 chars)
 *   npx tsx eval/classify/flags.ts --held-back       # also the writers kept back until the end
 *   npx tsx eval/classify/flags.ts --flag template   # one flag only (reapplyWelcome | template)
 *   npx tsx eval/classify/flags.ts --variants        # the noisy variants v1–v3 instead of v0
 *
 * The held-back writers (HELD_BACK) are only scored, and their misses only printed, with
 * --held-back: patterns are written looking at the others, then checked on these.
 */
const HELD_BACK: readonly string[] = ['w3-forms', 'w3-threads'];

const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const withHeldBack = args.includes('--held-back');
const variants = args.includes('--variants');
const flagArg = args[args.indexOf('--flag') + 1];
const only = args.includes('--flag') ? flagArg : undefined;

const rejections = loadDev().filter(
  (m) => m.category === 'rejection' && m.id.endsWith('-v0') !== variants,
);

interface Flag {
  name: 'reapplyWelcome' | 'template';
  gold: (m: Labeled) => boolean;
  rule: (text: string) => boolean;
}

const FLAGS: readonly Flag[] = [
  { name: 'reapplyWelcome', gold: (m) => m.reapplyWelcome === true, rule: reapplyWelcome },
  { name: 'template', gold: (m) => m.template === true, rule: isTemplateRejection },
];

interface Tally {
  n: number;
  right: number;
  falsePositives: number;
  misses: number;
}

const empty = (): Tally => ({ n: 0, right: 0, falsePositives: 0, misses: 0 });

function add(t: Tally, gold: boolean, got: boolean): void {
  t.n += 1;
  if (gold === got) t.right += 1;
  else if (got) t.falsePositives += 1;
  else t.misses += 1;
}

function line(name: string, t: Tally): string {
  const acc = t.n ? ((100 * t.right) / t.n).toFixed(1) : '-';
  return `  ${name.padEnd(16)} n=${String(t.n).padStart(3)}  acc ${acc.padStart(5)}%  FP ${String(t.falsePositives).padStart(2)}  miss ${String(t.misses).padStart(2)}`;
}

const texts = new Map(rejections.map((m) => [m.id, cleanBody(m.body).text]));
const writers = [...new Set(rejections.map(writerOf))]
  .filter((w) => withHeldBack || !HELD_BACK.includes(w))
  .sort();

for (const flag of FLAGS) {
  if (only && flag.name !== only) continue;
  const per = new Map<string, Tally>(writers.map((w) => [w, empty()]));
  const dev = empty();
  const held = empty();
  const all = empty();
  const wrong: string[] = [];
  for (const m of rejections) {
    const writer = writerOf(m);
    const tally = per.get(writer);
    if (!tally) continue;
    const gold = flag.gold(m);
    const got = flag.rule(texts.get(m.id) ?? '');
    add(tally, gold, got);
    add(all, gold, got);
    add(HELD_BACK.includes(writer) ? held : dev, gold, got);
    if (gold !== got) {
      const kind = got ? 'FALSE POSITIVE' : 'MISS';
      const start = (texts.get(m.id) ?? '').replace(/\s+/g, ' ').slice(0, 300);
      wrong.push(`${kind} ${m.id} (${flag.name}=${gold}) | ${m.subject ?? ''}\n    ${start}`);
    }
  }
  console.log(`${flag.name} (${variants ? 'v1–v3' : 'v0'} rejections)`);
  for (const w of writers) console.log(line(w, per.get(w) ?? empty()));
  console.log(line('developed-on', dev));
  if (withHeldBack) {
    console.log(line('held-back', held));
    console.log(line('all', all));
  }
  if (showMisses && wrong.length) console.log(`\n${wrong.join('\n')}`);
  console.log('');
}
