import { type PromiseConfiguration, createJaConfiguration } from './configuration.js';
import { filterFor } from './hint-filter.js';
import { normalize } from './normalize.js';
import type {
  Bilingual,
  Channel,
  ParsedPromise,
  PassOnlyBasis,
  Piece,
  Span,
  TimePiece,
} from './types.js';

const JA = createJaConfiguration();

/**
 * Words that still look like time after every parser ran ("24時間以内", "年明け", "2日") make
 * the promise `unparsed`: a partial reading could be earlier than what was said. "2日目" and
 * "一日も早く" are not about when.
 */
const TIMEISH =
  /(?:\d|[〇一二三四五六七八九十]|数|何)\s*(?:日(?!目|も早)|週|[かヶケカヵ箇]?月|年|時間)|[月火水木金土日]曜|再来|来週|今週|先週|来月|今月|来年|年明|上旬|中旬|下旬|半月|月末|週末|週明|年内|年末|年度|来春|今度|半/g;

/** Wording about an answer without a time: the promise is `unspecified`, not unreadable. */
const CONTACT =
  /連絡|通知|知らせ|案内|返事|返信|回答|返答|報告|伝え|結果|合否|電話|メール|マイページ|お待ち|送付|お送り/;

const NUMERAL = /[0-9〇一二三四五六七八九十]/;

interface Ranked {
  rank: number;
  piece: Piece;
}

/**
 * Reads the interviewer's words into pieces: time expressions, who is told, the channel.
 * @example parsePromise('3営業日以内にメールでご連絡いたします').times[0] // { kind: 'business_days', n: 3, … }
 */
export function parsePromise(text: string, config: PromiseConfiguration = JA): ParsedPromise {
  const norm = normalize(text);
  const timeCandidates: Ranked[] = [];
  const filter = filterFor(config);
  const mask = filter.textMask(norm);
  const numeric = NUMERAL.test(norm);
  for (let rank = 0; rank < config.timeParsers.length; rank++) {
    const parser = config.timeParsers[rank]!;
    if (!(mask & filter.time[rank]!) || (parser.numeric && !numeric)) continue;
    collect(parser, rank, text, norm, timeCandidates);
  }
  const flags: Ranked[] = [];
  for (let rank = 0; rank < config.flagParsers.length; rank++) {
    if (mask & filter.flag[rank]!) collect(config.flagParsers[rank]!, rank, text, norm, flags);
  }
  const accepted = resolveOverlaps(timeCandidates);
  const all = accepted;
  for (const f of flags) all.push(f.piece);
  if (flags.length > 0) all.sort(byStart);
  const times: TimePiece[] = [];
  for (const p of all) if ('kind' in p) times.push(p);
  const { passOnly, passOnlyBasis } = readPassOnly(all);
  const channel = all.find((p) => 'flag' in p && p.flag === 'channel') as
    | { value: Channel }
    | undefined;
  const reason = unreadable(all, norm, times.length > 0);
  // Built field by field: an object spread here costs more than all the regexes together.
  return {
    text,
    status: reason ? 'unparsed' : times.length > 0 ? 'read' : 'unspecified',
    times: reason ? [] : times,
    passOnly,
    passOnlyBasis,
    channel: channel?.value ?? null,
    reason,
    spans: all.map((p) => p.span),
  };
}

function collect(p: PromiseParser, rank: number, text: string, norm: string, out: Ranked[]) {
  const re = p.pattern;
  re.lastIndex = 0;
  for (let m = re.exec(norm); m !== null; m = re.exec(norm)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const trimmed = m[0].trimEnd();
    const span: Span = { start: m.index, end: m.index + trimmed.length, text: '' };
    span.text = text.slice(span.start, span.end);
    const piece = p.extract(m, span);
    if (piece) out.push({ rank, piece });
  }
}

type PromiseParser = PromiseConfiguration['timeParsers'][number];

/** Earlier parsers win overlaps; ties inside one parser cannot happen (a g-regex never overlaps). */
function resolveOverlaps(candidates: Ranked[]): Piece[] {
  // Candidates arrive in parser order, and by position within one parser.
  const kept: Piece[] = [];
  for (const { piece } of candidates) {
    if (!overlapsAny(kept, piece.span)) kept.push(piece);
  }
  return kept.length > 1 ? kept.sort(byStart) : kept;
}

function overlapsAny(kept: Piece[], s: Span): boolean {
  for (const k of kept) if (s.end > k.span.start && s.start < k.span.end) return true;
  return false;
}

function byStart(a: Piece, b: Piece): number {
  return a.span.start - b.span.start;
}

function readPassOnly(pieces: Piece[]): { passOnly: boolean; passOnlyBasis: PassOnlyBasis | null } {
  let basis: PassOnlyBasis | null = null;
  for (const p of pieces) {
    if (!('flag' in p) || p.flag !== 'passOnly') continue;
    if (p.basis === 'regardless') return { passOnly: false, passOnlyBasis: 'regardless' };
    if (basis !== 'explicit') basis = p.basis;
  }
  return { passOnly: basis !== null, passOnlyBasis: basis };
}

function covered(pieces: Piece[], start: number, end: number): boolean {
  for (const p of pieces) if (p.span.start <= start && end <= p.span.end) return true;
  return false;
}

function unreadable(pieces: Piece[], norm: string, hasTime: boolean): Bilingual | null {
  for (const p of pieces) if ('flag' in p && p.flag === 'unparsed') return p.reason;
  // Every time-like match must sit inside a span some parser read; no string rebuilding.
  TIMEISH.lastIndex = 0;
  for (let m = TIMEISH.exec(norm); m !== null; m = TIMEISH.exec(norm)) {
    if (covered(pieces, m.index, m.index + m[0].length)) continue;
    const around = norm.slice(m.index, m.index + m[0].length + 2).trim();
    return {
      ja: `「${around}」の部分を期限として読めません`,
      en: `cannot read "${around}" as a deadline`,
    };
  }
  if (hasTime || norm.trim() === '' || pieces.length > 0) return null;
  if (CONTACT.test(norm)) return null;
  return {
    ja: '結果の連絡についての言葉が見つかりません',
    en: 'no wording about the result or when it comes',
  };
}
