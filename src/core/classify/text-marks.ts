/** Anchor lengths marked in Japanese text (characters, pairs) and English text (also quads). */
export const JA_ANCHOR_LENGTHS: readonly number[] = [1, 2];
export const EN_ANCHOR_LENGTHS: readonly number[] = [1, 2, 4];

/**
 * Which characters, pairs and (for English) four-character strings a text contains, and where
 * each first occurs, so a cue can tell in a few lookups whether its regex could match at all
 * (anchors.ts) and from where it need be run. Characters are recorded exactly; pairs by an
 * 18-bit hash, so a collision can only let a regex run that need not have (or start it
 * earlier), never skip one that would match. Quads are looked up among the anchors instead
 * (below). ASCII letters are folded to lower case.
 *
 * Tables are marked with a number that grows per text instead of being cleared; a text's
 * marks hold until the next text is marked. Beside each table of marks is one of first
 * positions, read only where the mark is the text's (so the small mark tables take the many
 * lookups of absent anchors).
 */
const chars = new Uint8Array(0x10000);
/** 2^18 slots: a mail's few hundred pairs fill well under 1 %, so false hits stay rare. */
const SLOT_BITS = 18;
const pairs = new Uint8Array(1 << SLOT_BITS);
const charAt = new Uint16Array(0x10000);
const pairAt = new Uint16Array(1 << SLOT_BITS);
let mark = 0;

/**
 * Quads: English text has one per character, and writing each into two tables of 2^18 slots
 * cost more than all else in marking it (they leave the cache). The anchors hold only a few
 * hundred, so each anchor quad gets an id, its key (quadKey) sits in a small open-addressing
 * table behind one bit per 16-bit hash (8 KB), and the text's quads are looked up there; the
 * marks and first positions are kept per id. Keys are exact for Latin text; for other text a
 * shared key only lets a regex run that need not have.
 */
const quadBits = new Int32Array(1 << 11);
let quadKeys = new Int32Array(1 << 10);
let quadIds = new Int32Array(1 << 10);
/** 32 less the key table's bits: Fibonacci hashing keeps a key's top bits. */
let quadShift = 32 - 10;
let quadCount = 0;
let quads = new Uint8Array(256);
let quadAt = new Uint16Array(256);
/** The last text marked (isMarked). */
let lastText = '';
/** Positions from here on are stored as this (an earlier start is always safe). */
const LAST_POSITION = 0xffff;

/** Anchors compiled for lookup: char codes, pair slots and quad ids. */
export interface CompiledAnchors {
  /** No anchors were found: the regex always runs. */
  always: boolean;
  chars: Uint32Array;
  pairs: Uint32Array;
  quads: Uint32Array;
}

/** No anchors: the regex always runs. */
export const ALWAYS: CompiledAnchors = {
  always: true,
  chars: new Uint32Array(0),
  pairs: new Uint32Array(0),
  quads: new Uint32Array(0),
};

/**
 * Marks the text's characters and pairs, and the quads that end before `quadsUntil` (English
 * text: its head, or all of it). It reads the text from its end, so the last write to a slot,
 * which stays, is its first position.
 */
export function markText(text: string, quadsUntil = 0): void {
  mark += 1;
  if (mark === 0x100) {
    chars.fill(0);
    pairs.fill(0);
    quads.fill(0);
    mark = 1;
  }
  const qb = quadBits;
  const qm = quads;
  const qa = quadAt;
  const m = mark;
  lastText = text;
  const n = text.length;
  if (n === 0) return;
  const quadLast = Math.min(n, quadsUntil) - 4;
  let d = fold(text.charCodeAt(n - 1));
  chars[d] = m;
  charAt[d] = Math.min(n - 1, LAST_POSITION);
  if (quadLast < 0) {
    for (let i = n - 2; i >= 0; i -= 1) {
      const c = fold(text.charCodeAt(i));
      const at = i < LAST_POSITION ? i : LAST_POSITION;
      const p = pairSlot(c, d);
      chars[c] = m;
      charAt[c] = at;
      pairs[p] = m;
      pairAt[p] = at;
      d = c;
    }
    return;
  }
  // The low bytes of the four characters from i on, rolled into one 32-bit key (quadKey's).
  let q = (d & 0xff) << 24;
  for (let i = n - 2; i >= 0; i -= 1) {
    const c = fold(text.charCodeAt(i));
    const at = i < LAST_POSITION ? i : LAST_POSITION;
    const p = pairSlot(c, d);
    chars[c] = m;
    charAt[c] = at;
    pairs[p] = m;
    pairAt[p] = at;
    q = ((c & 0xff) << 24) | (q >>> 8);
    if (i <= quadLast) {
      const h = Math.imul(q, 0x9e3779b1);
      if ((((qb[h >>> 21] as number) >>> ((h >>> 16) & 31)) & 1) !== 0) {
        const id = quadIdOf(q, h);
        qm[id] = m;
        qa[id] = at;
      }
    }
    d = c;
  }
}

/** ASCII capitals to lower case (anchors are lower-cased the same way). */
function fold(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code | 0x20 : code;
}

/**
 * Where in the last marked text the first of the anchors occurs, or a place before it: a match
 * of the regex, which holds one of them, cannot start earlier than that less the regex's
 * longest match, `lead` + 1. Any place up to `lead` serves as well as 0, so the search stops at
 * the first such. -1 when none occurs (the regex cannot match); 0 when there are no anchors.
 */
export function firstAnchorAt(
  anchors: CompiledAnchors,
  lead = 0,
  end = Number.POSITIVE_INFINITY,
): number {
  if (anchors.always) return 0;
  // Only anchors that end by `end` count: the end of a character is its place + 1, and so on.
  let first = earliest(anchors.chars, chars, charAt, -1, lead, end - 1);
  if (first < 0 || first > lead)
    first = earliest(anchors.pairs, pairs, pairAt, first, lead, end - 2);
  if (first < 0 || first > lead)
    first = earliest(anchors.quads, quads, quadAt, first, lead, end - 4);
  return first;
}

/**
 * Whether `text` is the last text marked: then the rules after the model may read its marks too
 * (the body is marked last; features.ts).
 */
export function isMarked(text: string): boolean {
  return text === lastText;
}

/**
 * The earlier of `first` (-1: none yet) and the first position, up to `last`, of those `slots`
 * marked for the last text, in one kind's tables; it stops at a place up to `lead`.
 */
function earliest(
  slots: Uint32Array,
  marks: Uint8Array,
  positions: Uint16Array,
  first: number,
  lead: number,
  last: number,
): number {
  const m = mark;
  let out = first;
  for (let i = 0; i < slots.length; i += 1) {
    const s = slots[i] as number;
    if (marks[s] !== m) continue;
    const at = positions[s] as number;
    if ((out < 0 || at < out) && at <= last) {
      out = at;
      if (out <= lead) return out;
    }
  }
  return out;
}

/** Whether the last marked text contains one of the anchors (or there are none). */
export function mayMatch(anchors: CompiledAnchors): boolean {
  // Any place serves: the search stops at the first anchor found.
  return firstAnchorAt(anchors, Number.POSITIVE_INFINITY) >= 0;
}

/** Fibonacci hashing of a 32-bit key: its top bits. */
function slotOf(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (32 - SLOT_BITS);
}

/** The two code units as one 32-bit key. */
function pairSlot(x: number, y: number): number {
  return slotOf((x << 16) | y);
}

/** The low bytes of four code units as one 32-bit key. */
function quadKey(w: number, x: number, y: number, z: number): number {
  return ((w & 0xff) << 24) | ((x & 0xff) << 16) | ((y & 0xff) << 8) | (z & 0xff);
}

/** The id of the anchor quad with key `q` (hash `h`), or 0 (a false hit of the bits). */
function quadIdOf(q: number, h: number): number {
  const mask = quadKeys.length - 1;
  for (let s = h >>> quadShift; quadKeys[s] !== 0; s = (s + 1) & mask) {
    if (quadKeys[s] === q) return quadIds[s] as number;
  }
  return 0;
}

/** The id of an anchor quad, indexed on first use (its table kept under half full). */
function quadId(w: number, x: number, y: number, z: number): number {
  const q = quadKey(w, x, y, z);
  // Key 0 marks an empty slot; no anchor is four code units with zero low bytes.
  if (q === 0) throw new Error('a quad anchor of zero low bytes cannot be indexed');
  const h = Math.imul(q, 0x9e3779b1);
  const known = quadIdOf(q, h);
  if (known !== 0) return known;
  quadCount += 1;
  if (2 * quadCount > quadKeys.length) rehashQuads(2 * quadKeys.length);
  if (quadCount >= quads.length) {
    const grownMarks = new Uint8Array(2 * quads.length);
    grownMarks.set(quads);
    quads = grownMarks;
    const grownAt = new Uint16Array(2 * quadAt.length);
    grownAt.set(quadAt);
    quadAt = grownAt;
  }
  putQuad(q, quadCount);
  quadBits[h >>> 21] = (quadBits[h >>> 21] as number) | (1 << ((h >>> 16) & 31));
  // The text marked last was not looked up for this quad: it may hold it, from the start.
  quads[quadCount] = mark;
  quadAt[quadCount] = 0;
  return quadCount;
}

function putQuad(q: number, id: number): void {
  const mask = quadKeys.length - 1;
  let s = Math.imul(q, 0x9e3779b1) >>> quadShift;
  while (quadKeys[s] !== 0) s = (s + 1) & mask;
  quadKeys[s] = q;
  quadIds[s] = id;
}

function rehashQuads(size: number): void {
  const keys = quadKeys;
  const ids = quadIds;
  quadKeys = new Int32Array(size);
  quadIds = new Int32Array(size);
  quadShift = 32 - Math.log2(size);
  for (let s = 0; s < keys.length; s += 1) {
    if (keys[s] !== 0) putQuad(keys[s] as number, ids[s] as number);
  }
}

/**
 * A cue's anchor strings in Japanese and in English text (null: the regex always runs), and the
 * longest match of each of its regexes in code units (anchors.ts maxMatchLength; null:
 * unbounded, the regex runs from the start).
 */
export interface CueAnchorStrings {
  ja: readonly string[] | null;
  en: readonly string[] | null;
  jaLongest: number | null;
  enLongest: number | null;
}

/**
 * Anchor strings (anchors.ts) ready for mayMatch. Only lengths 1, 2 and 4 are marked: an anchor
 * of any other length would never be found, and its cue skipped where it matches, so it throws.
 */
export function compileAnchors(found: readonly string[] | null): CompiledAnchors {
  if (found === null) return ALWAYS;
  // EN_ANCHOR_LENGTHS holds every length any text is marked with (Japanese text uses fewer).
  const unmarked = found.find((s) => !EN_ANCHOR_LENGTHS.includes(s.length));
  if (unmarked !== undefined) throw new Error(`anchor of a length no mark records: ${unmarked}`);
  const codes = (s: string) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i));
  const pick = (n: number) => found.filter((s) => s.length === n).map(codes);
  return {
    always: false,
    chars: Uint32Array.from(pick(1), (c) => c[0] as number),
    pairs: Uint32Array.from(pick(2), (c) => pairSlot(c[0] as number, c[1] as number)),
    quads: Uint32Array.from(pick(4), (c) =>
      quadId(c[0] as number, c[1] as number, c[2] as number, c[3] as number),
    ),
  };
}

/** How far before its first anchor a match may start: its longest match less one. */
export function leadOf(longest: number | null | undefined): number {
  return longest == null ? Number.POSITIVE_INFINITY : Math.max(0, longest - 1);
}

/**
 * Whether `re` (global: it runs from lastIndex) matches the last marked text: not at all when
 * none of its anchors occurs, else from the first anchor less the regex's longest match, which
 * no match can start before. Cue regexes only ever say whether they match, so starting late
 * changes nothing but the characters read (over half of them, on the bench mail). With `end`,
 * `text` is the marked text's first `end` characters.
 */
export function matchFromAnchor(
  re: RegExp,
  lead: number,
  anchors: CompiledAnchors,
  text: string,
  end?: number,
): boolean {
  return startAtAnchor(re, lead, anchors, end) && re.test(text);
}

/**
 * Sets global `re` to run from the first anchor of the last marked text less `lead` (where no
 * match can start earlier); false when none of the anchors occurs, and the regex cannot match.
 */
export function startAtAnchor(
  re: RegExp,
  lead: number,
  anchors: CompiledAnchors,
  end?: number,
): boolean {
  const at = firstAnchorAt(anchors, lead, end);
  if (at < 0) return false;
  re.lastIndex = at > lead ? at - lead : 0;
  return true;
}
