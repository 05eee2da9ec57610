import { parseNumeral } from '../numerals.js';
import type { DurationKind, Piece, Span } from '../types.js';
import { MAX_COUNT, outOfRange } from './span-piece.js';

/** Reads `lower`/`upper` groups into a duration piece; the upper bound wins (spec "Ranges"). */
export function durationPiece(
  kind: DurationKind,
  groups: Record<string, string | undefined>,
  span: Span,
): Piece | null {
  const upper = groups.upper === undefined ? null : parseNumeral(groups.upper);
  if (upper === null) return null;
  const lower = groups.lower === undefined ? null : parseNumeral(groups.lower);
  if (upper < 1 || upper > MAX_COUNT[kind]) return outOfRange(span, upper);
  return { kind, n: Math.max(upper, lower ?? 0), lower, span };
}
