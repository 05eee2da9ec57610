import { performance } from 'node:perf_hooks';
import { createTextlintLinter } from '../src/adapters/textlint/textlint-linter.js';
import { DRAFT_TEMPLATES } from '../src/core/drafts/registry.js';
import { draftToText, lintOptionsFor, renderDraft } from '../src/core/drafts/render.js';
import { SHUKATSU_PROFILE, sampleContext } from '../src/core/drafts/sample-contexts.js';
import { lintProduct } from '../src/core/lint/product-rules.js';
import { type BenchResult, median, percentile } from './types.js';

/**
 * Drafts and their checks: rendering all 14 templates, the product rules (sync, browser-safe)
 * over each, and the textlint prose rules (kuromoji dictionaries loaded once, timed apart).
 */
const RUNS = 30;

export default async function lintBench(): Promise<BenchResult[]> {
  const ctx = sampleContext(SHUKATSU_PROFILE, true);
  const render: number[] = [];
  const product: number[] = [];
  let drafts = DRAFT_TEMPLATES.map((t) => renderDraft(t.id, ctx));
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    drafts = DRAFT_TEMPLATES.map((tpl) => renderDraft(tpl.id, ctx));
    render.push(performance.now() - t);
    t = performance.now();
    for (const d of drafts) lintProduct(draftToText(d), lintOptionsFor(d));
    product.push((performance.now() - t) / drafts.length);
  }

  let t = performance.now();
  const linter = await createTextlintLinter();
  const [first] = drafts;
  if (first) await linter.lint(draftToText(first));
  const warmup = performance.now() - t;
  const prose: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    for (const d of drafts) {
      t = performance.now();
      await linter.lint(draftToText(d));
      prose.push(performance.now() - t);
    }
  }
  return [
    { name: 'drafts: render all 14 templates', value: median(render), unit: 'ms (median)' },
    { name: 'lint: product rules, one draft', value: median(product), unit: 'ms (median)' },
    {
      name: 'lint: textlint load + first draft',
      value: warmup,
      unit: 'ms',
      notes: 'kuromoji dictionaries',
    },
    { name: 'lint: textlint, one draft', value: median(prose), unit: 'ms (median)' },
    { name: 'lint: textlint, one draft p95', value: percentile(prose, 95), unit: 'ms' },
  ];
}
