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
import { coreOf, type Labeled, loadDev } from './load.js';
import { summarize } from './metrics.js';

/**
 * Cross-validation over the team's own labeled set (dev/train + dev/validation; never heldout):
 * five folds by hand-written core, stratified per category, so no variant of a core is scored
 * by a model that saw another variant of it. This is how settings and features are chosen.
 *
 *   npx tsx eval/classify/cv.ts                      # the shipped settings
 *   npx tsx eval/classify/cv.ts '{"l2":3e-4}'        # any FitOptions override, as JSON
 */
const FOLDS = 5;
const overrides = JSON.parse(process.argv[2] ?? '{}') as Partial<FitOptions>;
const settings: FitOptions = { ...SHIPPED_SETTINGS, ...overrides };

const all = loadDev();

const foldOfCore = new Map<string, number>();
const perCategory = new Map<string, number>();
for (const m of all) {
  const core = coreOf(m);
  if (foldOfCore.has(core)) continue;
  const n = perCategory.get(m.category) ?? 0;
  perCategory.set(m.category, n + 1);
  foldOfCore.set(core, n % FOLDS);
}

const examples = featurize(all, settings.buckets);
const rows = DENSE_FEATURES.length + settings.buckets;
const results: { gold: Labeled['category']; predicted: Labeled['category']; id: string }[] = [];
const perFold: number[] = [];
const s = new Float64Array(K);
for (let fold = 0; fold < FOLDS; fold += 1) {
  const inFold = all.map((m) => foldOfCore.get(coreOf(m)) === fold);
  const model = fitModel(
    examples.filter((_, i) => !inFold[i]),
    rows,
    settings,
  );
  const foldResults: typeof results = [];
  examples.forEach((e, i) => {
    if (!inFold[i]) return;
    scoreInto(s, model.w, model.b, e.f);
    const m = all[i] as Labeled;
    foldResults.push({
      gold: m.category,
      predicted: MESSAGE_CATEGORIES[argmax(s)] ?? 'other',
      id: m.id,
    });
  });
  perFold.push(summarize(`fold ${fold}`, foldResults).metrics.macroF1);
  results.push(...foldResults);
}

const pooled = summarize(
  `cross-validation, ${FOLDS} folds by core (${all.length} messages)`,
  results,
);
console.log(`settings ${JSON.stringify(settings)}`);
console.log(pooled.lines.join('\n'));
console.log(`per fold macro-F1: ${perFold.map((f) => f.toFixed(3)).join(' ')}`);
if (process.env.CV_MISSES) {
  for (const r of results)
    if (r.gold !== r.predicted) console.log(`miss ${r.id}: ${r.gold} → ${r.predicted}`);
}
