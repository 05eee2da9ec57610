import { classifyMessage } from '../../src/core/classify/index.js';
import { DENSE_FEATURES } from '../../src/core/classify/features.js';
import { MESSAGE_CATEGORIES } from '../../src/core/messages/categories.js';
import {
  argmax,
  type FitOptions,
  featurize,
  fitModel,
  K,
  SHIPPED_SETTINGS,
  scoreInto,
} from './fit.js';
import { type Labeled, loadDev, writerOf } from './load.js';
import { summarize } from './metrics.js';

/**
 * Leave one author out: the hand-written cores come from different writers (cores-<category>.txt
 * by the first team, each cores-w2-<slice>.txt by another), so training on all but one writer
 * and scoring that writer's mail says how the model does on wording it has not seen — the
 * closest the team's own data comes to the held-out sets, which are never used for choices.
 * Scores the verbatim variant (v0) of each held-out writer's mail. Never reads heldout/.
 *
 *   npx tsx eval/classify/by-author.ts            # shipped settings
 *   npx tsx eval/classify/by-author.ts '{"l2":3e-4}'
 *   BY_AUTHOR_SHIPPED=1 …                          # also score the shipped model on each writer
 *   BY_AUTHOR_GROUPS=4 …                           # quicker: 4 folds of writers (i mod 4)
 *   BY_AUTHOR_TRAIN_ONLY=w8 …                      # w8-* writers only ever trained on
 */
const overrides = JSON.parse(process.argv[2] ?? '{}') as Partial<FitOptions>;
const settings: FitOptions = { ...SHIPPED_SETTINGS, ...overrides };

const all = loadDev();
/** BY_AUTHOR_TRAIN_ONLY=w8: writers starting so are always trained on, never scored (what new data adds). */
const trainOnly = process.env.BY_AUTHOR_TRAIN_ONLY;
const names = [...new Set(all.map(writerOf))]
  .filter((w) => !trainOnly || !w.startsWith(trainOnly))
  .sort();
const groups = Number(process.env.BY_AUTHOR_GROUPS ?? 0);
/** A fold is one writer, or with BY_AUTHOR_GROUPS=n the writers whose index is i mod n. */
const folds: string[][] =
  groups > 0
    ? Array.from({ length: groups }, (_, g) => names.filter((_, i) => i % groups === g))
    : names.map((n) => [n]);
const examples = featurize(all, settings.buckets);
const rows = DENSE_FEATURES.length + settings.buckets;
const s = new Float64Array(K);
const pooled: { gold: Labeled['category']; predicted: Labeled['category']; writer: string }[] = [];
const line: string[] = [];
/** The whole-mail writers only (the first team's cores come wrapped in generated envelopes). */
const later: typeof pooled = [];
for (const fold of folds) {
  const writer = fold.join('+');
  const out = all.map((m) => fold.includes(writerOf(m)));
  const model = fitModel(
    examples.filter((_, i) => !out[i]),
    rows,
    settings,
  );
  const results: typeof pooled = [];
  examples.forEach((e, i) => {
    const m = all[i] as Labeled;
    if (!out[i] || !m.id.endsWith('-v0')) return;
    scoreInto(s, model.w, model.b, e.f);
    const predicted = MESSAGE_CATEGORIES[argmax(s)] ?? 'other';
    results.push({ gold: m.category, predicted, writer: writerOf(m) });
    if (process.env.BY_AUTHOR_MISSES && predicted !== m.category) {
      const start = m.body.replace(/\s+/g, ' ').slice(0, 90);
      console.log(`miss ${m.id}: ${m.category} → ${predicted} | ${m.subject ?? ''} | ${start}`);
    }
  });
  const r = summarize(writer, results);
  line.push(`${writer} ${r.metrics.macroF1.toFixed(3)} (n=${results.length})`);
  if (process.env.BY_AUTHOR_VERBOSE) console.log(r.lines.join('\n'));
  pooled.push(...results);
  later.push(...results.filter((r) => r.writer !== 'team-1'));
  if (process.env.BY_AUTHOR_SHIPPED) {
    const shipped = all
      .filter((m, i) => out[i] && m.id.endsWith('-v0'))
      .map((m) => ({
        gold: m.category,
        predicted: classifyMessage({ subject: m.subject ?? '', body: m.body }).category,
      }));
    line.push(
      `  shipped model on ${writer}: ${summarize(writer, shipped).metrics.macroF1.toFixed(3)}`,
    );
  }
}
console.log(`settings ${JSON.stringify(settings)}`);
console.log(`leave one writer out, macro-F1: ${line.join('; ')}`);
console.log(summarize('pooled over writers (v0 of each)', pooled).lines.join('\n'));
const l = summarize('later writers', later).metrics;
console.log(`later writers pooled: macro-F1 ${l.macroF1.toFixed(3)} (n=${later.length})`);
