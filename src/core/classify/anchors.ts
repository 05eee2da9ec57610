import { type AST, RegExpParser } from '@eslint-community/regexpp';

/**
 * Anchors of a cue: short strings (of the lengths the text's marks record, text-marks.ts) of
 * which every match of the cue's regex contains one. They are read off the regex's syntax
 * tree, so they hold for any text, not only for the texts the team has seen; a cue's regex
 * then runs only on a text that contains one of its anchors. Most cues are absent from most
 * mail, and a scan of a whole mail costs far more than looking up a few marks.
 *
 * Letters are lower-cased (ASCII): the marks fold case, so one anchor serves `/i` and plain
 * regexes alike. `null` means no anchor set was found: the regex always runs.
 */
export function anchorsOf(
  re: RegExp,
  lengths: readonly number[],
  cost: AnchorCost = guessCost,
): string[] | null {
  return analyse(re, { lengths, cost });
}

/**
 * How likely a string is to occur in a mail (0–1). It only ranks anchor sets: whatever it
 * says, the set chosen is correct; a good estimate makes it rarely present.
 */
export type AnchorCost = (s: string) => number;

/** Every string the analysis weighed as an anchor of `re` (for counting their frequency). */
export function anchorCandidates(re: RegExp, lengths: readonly number[]): Set<string> {
  const candidates = new Set<string>();
  analyse(re, { lengths, cost: guessCost, candidates });
  return candidates;
}

function analyse(re: RegExp, options: Omit<Context, 'ignoreCase'>): string[] | null {
  const ast = new RegExpParser({ ecmaVersion: 2025 }).parseLiteral(re.toString());
  const ctx: Context = { ...options, ignoreCase: ast.flags.ignoreCase };
  return alternativesPart(ast.pattern.alternatives, ctx).need;
}

interface Context {
  lengths: readonly number[];
  ignoreCase: boolean;
  cost: AnchorCost;
  /** When set, every substring weighed as an anchor is added (anchorCandidates). */
  candidates?: Set<string>;
}

/** What a piece of a regex says about its matches. */
interface Part {
  /** Every string it can match (case-folded), when they are few; null when many or unbounded. */
  language: string[] | null;
  /** Strings of which every match contains one; null when none is known. */
  need: string[] | null;
}

/** A finite part is enumerated up to this many strings. */
const MAX_LANGUAGE = 48;
/** More anchors than this filter too little to be worth checking. */
const MAX_ANCHORS = 64;

const NOTHING: Part = { language: null, need: null };

function alternativesPart(alternatives: readonly AST.Alternative[], ctx: Context): Part {
  const parts = alternatives.map((a) => sequencePart(a.elements, ctx));
  let language: string[] | null = [];
  for (const p of parts) {
    if (!p.language || !language) language = null;
    else language = union(language, p.language);
    if (language && language.length > MAX_LANGUAGE) language = null;
  }
  let need: string[] | null = [];
  for (const p of parts) {
    if (!p.need || !need) need = null;
    else need = union(need, p.need);
  }
  // A text holding 「時刻」 holds 「時」: the longer anchor adds nothing.
  if (need) need = need.filter((a) => !need?.some((b) => b !== a && a.includes(b)));
  if (need && need.length > MAX_ANCHORS) need = null;
  return { language, need: better(need, needOfLanguage(language, ctx), ctx) };
}

/**
 * A sequence: runs of neighbouring finite pieces are joined into one language (zero-width
 * assertions between them do not separate them), and the cheapest of the runs' and the
 * pieces' own anchor sets is the sequence's.
 */
function sequencePart(elements: readonly AST.Element[], ctx: Context): Part {
  let best: string[] | null = null;
  let whole: string[] | null = [''];
  let run: string[] = [''];
  const closeRun = () => {
    best = better(best, needOfLanguage(run, ctx), ctx);
    run = [''];
  };
  for (const element of elements) {
    if (element.type === 'Assertion') continue;
    const part = elementPart(element, ctx);
    best = better(best, part.need, ctx);
    if (!part.language) {
      closeRun();
      whole = null;
      continue;
    }
    const joined = product(run, part.language);
    if (joined) run = joined;
    else {
      closeRun();
      run = part.language;
    }
    whole = whole ? product(whole, part.language) : null;
  }
  closeRun();
  return { language: whole, need: better(best, needOfLanguage(whole, ctx), ctx) };
}

function elementPart(element: AST.Element, ctx: Context): Part {
  switch (element.type) {
    case 'Character':
      return literal(charsOf(element.value, ctx));
    case 'CharacterClass':
      return literal(classChars(element, ctx));
    case 'CharacterSet':
      return literal(element.kind === 'digit' && !element.negate ? [...'0123456789'] : null);
    case 'Group':
    case 'CapturingGroup':
      return alternativesPart(element.alternatives, ctx);
    case 'Quantifier':
      return quantifierPart(element, ctx);
    default:
      // Backreferences and the rest: nothing known.
      return NOTHING;
  }
}

function literal(chars: string[] | null): Part {
  return { language: chars, need: chars };
}

function quantifierPart(q: AST.Quantifier, ctx: Context): Part {
  const inner = elementPart(q.element, ctx);
  const need = q.min >= 1 ? inner.need : null;
  if (!inner.language || !Number.isFinite(q.max)) return { language: null, need };
  let language: string[] | null = q.min === 0 ? [''] : [];
  let power: string[] | null = [''];
  for (let k = 1; k <= q.max && power && language; k += 1) {
    power = product(power, inner.language);
    if (power && k >= q.min) language = union(language, power);
    if (!power || language.length > MAX_LANGUAGE) language = null;
  }
  return { language, need };
}

/** The characters a class matches, case-folded; null for negated or large classes. */
function classChars(cls: AST.CharacterClass, ctx: Context): string[] | null {
  if (cls.negate) return null;
  let out: string[] = [];
  for (const e of cls.elements) {
    if (e.type === 'Character') out = union(out, charsOf(e.value, ctx));
    else if (e.type === 'CharacterClassRange') {
      if (e.max.value - e.min.value >= MAX_LANGUAGE) return null;
      for (let v = e.min.value; v <= e.max.value; v += 1) out = union(out, charsOf(v, ctx));
    } else return null;
    if (out.length > MAX_LANGUAGE) return null;
  }
  return out;
}

/** One character as the marks see it: ASCII folded to lower case; other cases kept apart. */
function charsOf(code: number, ctx: Context): string[] {
  const ch = String.fromCharCode(code);
  if (code < 0x80) return [foldAscii(ch)];
  if (!ctx.ignoreCase) return [ch];
  return union(
    [ch],
    [ch.toLowerCase(), ch.toUpperCase()].filter((c) => c.length === 1),
  );
}

export function foldAscii(s: string): string {
  return s.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/**
 * Anchors from a finite language: for each string not yet covered, its cheapest substring of a
 * marked length.
 * None when the language holds the empty string (a match may contain nothing of it).
 */
function needOfLanguage(language: string[] | null, ctx: Context): string[] | null {
  if (!language || language.length === 0 || language.includes('')) return null;
  if (ctx.candidates) {
    for (const s of language)
      for (const n of ctx.lengths)
        for (let i = 0; i + n <= s.length; i += 1) ctx.candidates.add(s.slice(i, i + n));
  }
  const need = new Set<string>();
  // Shorter strings first: a longer one that contains an anchor already chosen needs no other.
  for (const s of [...language].sort((a, b) => a.length - b.length)) {
    if ([...need].some((a) => s.includes(a))) continue;
    let pick = '';
    for (const n of ctx.lengths) {
      for (let i = 0; i + n <= s.length; i += 1) {
        const sub = s.slice(i, i + n);
        if (pick === '' || ctx.cost(sub) < ctx.cost(pick)) pick = sub;
      }
    }
    if (pick === '') return null;
    need.add(pick);
  }
  return need.size > MAX_ANCHORS ? null : [...need];
}

/** The set more likely to be absent from a mail (fewer, longer, rarer strings). */
function better(a: string[] | null, b: string[] | null, ctx: Context): string[] | null {
  if (!a) return b;
  if (!b) return a;
  return setCost(b, ctx) < setCost(a, ctx) ? b : a;
}

function setCost(set: readonly string[], ctx: Context): number {
  // Each anchor is also a lookup: among sets about as rare, the smaller is better.
  return set.reduce((sum, s) => sum + ctx.cost(s) + 0.001, 0);
}

/**
 * A rough guess when no counts are at hand: pairs are rarer than single characters, and kana
 * and ASCII letters are everywhere.
 */
export function guessCost(s: string): number {
  if (s.length >= 4) return 0.01;
  if (s.length === 3) return 0.03;
  if (s.length === 2) return /^[\u3040-\u309f]+$|^[a-z ]+$/.test(s) ? 0.2 : 0.08;
  const c = s.charCodeAt(0);
  if (c >= 0x3040 && c <= 0x309f) return 0.9; // hiragana
  if (c < 0x80) return /[a-z0-9 ]/.test(s) ? 0.9 : 0.5;
  if (c >= 0x30a0 && c <= 0x30ff) return 0.5; // katakana
  return 0.35;
}

function union(a: readonly string[], b: readonly string[]): string[] {
  const out = [...a];
  for (const s of b) if (!out.includes(s)) out.push(s);
  return out;
}

/** Every concatenation of a string of `a` and one of `b`; null when there would be too many. */
function product(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length * b.length > MAX_LANGUAGE) return null;
  const out: string[] = [];
  for (const x of a) for (const y of b) if (!out.includes(x + y)) out.push(x + y);
  return out;
}

/**
 * The most code units a match of `re` can span (Infinity when unbounded). A match holds one of
 * its anchors, so it cannot start more than this less one before the anchor's first occurrence:
 * the regex can be run from there (lookarounds read outside the match, which lastIndex allows).
 */
export function maxMatchLength(re: RegExp): number {
  const ast = new RegExpParser({ ecmaVersion: 2025 }).parseLiteral(re.toString());
  // Under /v a class may match whole strings: no bound is claimed for such a regex.
  if (ast.flags.unicodeSets) return Number.POSITIVE_INFINITY;
  return longest(ast.pattern, ast.flags.unicode);
}

function longest(node: AST.Node, unicode: boolean): number {
  switch (node.type) {
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup':
      return Math.max(0, ...node.alternatives.map((a) => longest(a, unicode)));
    case 'Alternative':
      return node.elements.reduce((sum, e) => sum + longest(e, unicode), 0);
    case 'Quantifier': {
      const one = longest(node.element, unicode);
      return one === 0 ? 0 : one * node.max;
    }
    case 'Character':
      return node.value > 0xffff ? 2 : 1;
    case 'CharacterSet':
    case 'CharacterClass':
    case 'ExpressionCharacterClass':
      // With /u one character may be a surrogate pair.
      return unicode ? 2 : 1;
    case 'Assertion':
      return 0;
    default:
      // Backreferences: as long as what they repeat, so no bound is claimed.
      return Number.POSITIVE_INFINITY;
  }
}
