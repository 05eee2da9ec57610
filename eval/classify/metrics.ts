import { MESSAGE_CATEGORIES, type MessageCategory } from '../../src/core/messages/categories.js';

/** Confusion counts and the figures spec/quality.md asks for, as Markdown lines. */
export interface Scored {
  gold: MessageCategory;
  predicted: MessageCategory;
}

export function summarize(name: string, rows: readonly Scored[]) {
  const cats = MESSAGE_CATEGORIES;
  const m = new Map<string, number>();
  for (const r of rows)
    m.set(`${r.gold}|${r.predicted}`, (m.get(`${r.gold}|${r.predicted}`) ?? 0) + 1);
  const at = (g: string, p: string) => m.get(`${g}|${p}`) ?? 0;
  const lines: string[] = [`### ${name} (${rows.length} messages)`, ''];
  lines.push('| category | n | precision | recall | F1 |', '| --- | --- | --- | --- | --- |');
  let f1Sum = 0;
  let present = 0;
  const per: Record<string, number> = {};
  for (const c of cats) {
    const tp = at(c, c);
    const gold = cats.reduce((s, p) => s + at(c, p), 0);
    const pred = cats.reduce((s, g) => s + at(g, c), 0);
    const precision = pred ? tp / pred : gold ? 0 : 1;
    const recall = gold ? tp / gold : 1;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    if (gold > 0 || pred > 0) {
      f1Sum += f1;
      present += 1;
    }
    per[`${c}.precision`] = precision;
    per[`${c}.recall`] = recall;
    lines.push(
      `| ${c} | ${gold} | ${precision.toFixed(3)} | ${recall.toFixed(3)} | ${f1.toFixed(3)} |`,
    );
  }
  const macroF1 = present ? f1Sum / present : 0;
  const accuracy = rows.length
    ? rows.filter((r) => r.gold === r.predicted).length / rows.length
    : 0;
  lines.push('', `macro-F1 **${macroF1.toFixed(3)}**, accuracy ${accuracy.toFixed(3)}`, '');
  lines.push('Confusion (rows gold, columns predicted):', '');
  lines.push(
    `| gold \\ predicted | ${cats.join(' | ')} |`,
    `| --- |${' --- |'.repeat(cats.length)}`,
  );
  for (const g of cats) lines.push(`| ${g} | ${cats.map((p) => at(g, p) || '·').join(' | ')} |`);
  const rejGold = cats.reduce((s, p) => s + at('rejection', p), 0);
  const rejRecall = rejGold ? at('rejection', 'rejection') / rejGold : 1;
  const missed = cats
    .filter((p) => p !== 'rejection' && at('rejection', p) > 0)
    .map((p) => `${p} ${at('rejection', p)}`);
  const falseRej = cats
    .filter((g) => g !== 'rejection' && at(g, 'rejection') > 0)
    .map((g) => `${g} ${at(g, 'rejection')}`);
  lines.push(
    '',
    `Rejection recall **${rejRecall.toFixed(3)}** (${at('rejection', 'rejection')}/${rejGold}); rejections read as: ${missed.join(', ') || 'none'}; read as rejection but were: ${falseRej.join(', ') || 'none'}.`,
    '',
  );
  return { lines, metrics: { macroF1, accuracy, rejectionRecall: rejRecall, ...per } };
}
