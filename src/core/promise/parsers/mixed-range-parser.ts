import { NUM, parseNumeral } from '../numerals.js';
import type { DurationKind, PromiseParser } from '../types.js';
import { MAX_COUNT, outOfRange } from './span-piece.js';

const UNIT = '(?:日間?|週間|[かヶケカヵ箇]月間?)';
const DAYS_PER: Record<DurationKind, number> = { days: 1, weeks: 7, months: 30, business_days: 1 };

function kindOf(unit: string): DurationKind {
  if (unit.startsWith('週')) return 'weeks';
  if (unit.startsWith('日')) return 'days';
  return 'months';
}

/**
 * "1週間から10日", "3日から1週間", "2週間~1か月": a range across units; the longer end wins
 * (spec "Ranges take their upper bound"). Same-unit ranges are read by each unit's parser.
 */
export const mixedRangeParser: PromiseParser = {
  name: 'mixed-range',
  hints: 'か~-な',
  numeric: true,
  pattern: new RegExp(
    `(?<![月/\\d])(?<a>${NUM})\\s*(?<ua>${UNIT})\\s*(?:~|-|から|ないし)\\s*(?<b>${NUM})\\s*(?<ub>${UNIT})`,
    'g',
  ),
  extract(m, span) {
    const g = m.groups ?? {};
    const a = parseNumeral(g.a ?? '');
    const b = parseNumeral(g.b ?? '');
    if (a === null || b === null) return null;
    const ka = kindOf(g.ua ?? '');
    const kb = kindOf(g.ub ?? '');
    if (ka === kb) return null;
    const [kind, n] = a * DAYS_PER[ka] > b * DAYS_PER[kb] ? [ka, a] : [kb, b];
    if (n < 1 || n > MAX_COUNT[kind]) return outOfRange(span, n);
    return { kind, n, lower: null, span };
  },
};
