/** Anchor lengths marked in Japanese text (characters, pairs) and English text (also quads). */
export const JA_ANCHOR_LENGTHS: readonly number[] = [1, 2];
export const EN_ANCHOR_LENGTHS: readonly number[] = [1, 2, 4];

/**
 * Which of the cues' anchors (anchors.ts) a text contains, and where each first occurs, so a
 * cue can tell in a few lookups whether its regex could match at all and from where it need be
 * run. The anchors are few (a few hundred characters, pairs and four-character strings), so
 * they are indexed, each with an id, in tables small enough to stay in the first-level cache;
 * marking a text looks each of its characters and pairs (and, for English, quads) up there and
 * records only the anchors it finds. Characters and pairs are looked up exactly; quads by the
 * low bytes of their four code units, exact for the Latin text they are marked in, and for
 * other text a shared key only lets a regex run that need not have. ASCII letters are folded
 * to lower case (anchors are lower-cased the same way).
 *
 * Each anchor's entry is stamped with a number that grows per text instead of being cleared;
 * a text's marks hold until the next text is marked.
 */

/** Per anchor id: the stamp of the last text that held it, and its first position there. */
let stamps = new Uint32Array(1024);
let firsts = new Int32Array(1024);
/** Ids given so far (0 is "no anchor"). */
let lastId = 0;
let mark = 0;
/**
 * Set when an anchor is compiled after the last text was marked: that text was not looked up
 * for it, so until the next marking every regex runs from the start.
 */
let stale = false;

/** Anchor id of each (folded) code unit (0: none), and one bit per code unit that has one. */
const charIds = new Uint16Array(0x10000);
const charBits = new Int32Array(0x10000 >>> 5);

/**
 * Pair and quad keys (32-bit; 0 never names an anchor) in open-addressing tables kept under
 * half full: a slot holds a key and its anchor id, an empty slot 0. Beside each, one bit per
 * 16-bit hash of an indexed key (8 KB): almost every pair of a text is ruled out there.
 */
interface KeyTable {
  bits: Int32Array;
  keys: Int32Array;
  ids: Int32Array;
  /** 32 less the table's bits: Fibonacci hashing keeps a key's top bits. */
  shift: number;
  size: number;
}

function keyTable(bits: number): KeyTable {
  return {
    bits: new Int32Array(1 << 11),
    keys: new Int32Array(1 << bits),
    ids: new Int32Array(1 << bits),
    shift: 32 - bits,
    size: 0,
  };
}

let pairTable = keyTable(10);
let quadTable = keyTable(10);

function hashOf(key: number): number {
  return Math.imul(key, 0x9e3779b1);
}

/** Whether the 16-bit hash of `h` is set in `bits` (then the key may be indexed). */
function maybe(bits: Int32Array, h: number): boolean {
  return (((bits[h >>> 21] as number) >>> ((h >>> 16) & 31)) & 1) === 1;
}

/** The anchor id of `key` in the table, or 0. */
function idOf(table: KeyTable, key: number): number {
  const mask = table.keys.length - 1;
  for (let s = hashOf(key) >>> table.shift; table.keys[s] !== 0; s = (s + 1) & mask) {
    if (table.keys[s] === key) return table.ids[s] as number;
  }
  return 0;
}

function put(table: KeyTable, key: number, id: number): void {
  const mask = table.keys.length - 1;
  const h = hashOf(key);
  let s = h >>> table.shift;
  while (table.keys[s] !== 0) s = (s + 1) & mask;
  table.keys[s] = key;
  table.ids[s] = id;
  table.bits[h >>> 21] = (table.bits[h >>> 21] as number) | (1 << ((h >>> 16) & 31));
  table.size += 1;
}

/** The table with `key` indexed (a new id when it was not), grown past half full. */
function indexed(table: KeyTable, key: number): { table: KeyTable; id: number } {
  if (key === 0) throw new Error('an anchor whose key is 0 cannot be indexed');
  const id = idOf(table, key);
  if (id !== 0) return { table, id };
  let out = table;
  if (2 * (table.size + 1) > table.keys.length) {
    out = keyTable(32 - table.shift + 1);
    for (let s = 0; s < table.keys.length; s += 1) {
      if (table.keys[s] !== 0) put(out, table.keys[s] as number, table.ids[s] as number);
    }
  }
  const fresh = newId();
  put(out, key, fresh);
  return { table: out, id: fresh };
}

function newId(): number {
  lastId += 1;
  if (lastId >= stamps.length) {
    const grownStamps = new Uint32Array(2 * stamps.length);
    grownStamps.set(stamps);
    stamps = grownStamps;
    const grownFirsts = new Int32Array(2 * firsts.length);
    grownFirsts.set(firsts);
    firsts = grownFirsts;
  }
  stale = true;
  return lastId;
}

/** Anchors compiled for lookup: their ids, characters first, then pairs, then quads. */
export interface CompiledAnchors {
  /** No anchors were found: the regex always runs. */
  always: boolean;
  ids: Int32Array;
}

/** No anchors: the regex always runs. */
export const ALWAYS: CompiledAnchors = { always: true, ids: new Int32Array(0) };

/** Records that the last marked text holds anchor `id` at `at` (0, no anchor, records nothing). */
function stamp(id: number, at: number): void {
  if (id === 0) return;
  stamps[id] = mark;
  firsts[id] = at;
}

/**
 * Marks which anchors the text holds, looking up its characters and pairs, and its quads when
 * `withQuads` (English text). It reads the text from its end, so the last write to an anchor's
 * entry, which stays, is its first position.
 */
export function markText(text: string, withQuads: boolean): void {
  mark += 1;
  if (mark === 0xffffffff) {
    stamps.fill(0);
    mark = 1;
  }
  stale = false;
  const n = text.length;
  if (n === 0) return;
  const cb = charBits;
  const pairs = pairTable;
  const pb = pairs.bits;
  const quads = quadTable;
  const qb = quads.bits;
  let d = fold(text.charCodeAt(n - 1));
  if (((cb[d >>> 5] as number) >>> (d & 31)) & 1) stamp(charIds[d] as number, n - 1);
  // The low bytes of the four characters from i on, rolled into one 32-bit key (quadKey's).
  let q = (d & 0xff) << 24;
  for (let i = n - 2; i >= 0; i -= 1) {
    const c = fold(text.charCodeAt(i));
    if (((cb[c >>> 5] as number) >>> (c & 31)) & 1) stamp(charIds[c] as number, i);
    const key = (c << 16) | d;
    const h = Math.imul(key, 0x9e3779b1);
    if (maybe(pb, h)) stamp(idOf(pairs, key), i);
    if (withQuads) {
      q = ((c & 0xff) << 24) | (q >>> 8);
      const g = Math.imul(q, 0x9e3779b1);
      if (i <= n - 4 && maybe(qb, g)) stamp(idOf(quads, q), i);
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
export function firstAnchorAt(anchors: CompiledAnchors, lead = 0): number {
  if (anchors.always || stale) return 0;
  const ids = anchors.ids;
  const m = mark;
  let out = -1;
  for (let j = 0; j < ids.length; j += 1) {
    const id = ids[j] as number;
    if (stamps[id] === m && (out < 0 || (firsts[id] as number) < out)) {
      out = firsts[id] as number;
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

/** The low bytes of four code units as one 32-bit key (the key markText rolls). */
function quadKey(w: number, x: number, y: number, z: number): number {
  return ((w & 0xff) << 24) | ((x & 0xff) << 16) | ((y & 0xff) << 8) | (z & 0xff);
}

function charId(c: number): number {
  if (charIds[c] === 0) {
    charIds[c] = newId();
    charBits[c >>> 5] = (charBits[c >>> 5] as number) | (1 << (c & 31));
  }
  return charIds[c] as number;
}

function pairId(x: number, y: number): number {
  const r = indexed(pairTable, (x << 16) | y);
  pairTable = r.table;
  return r.id;
}

function quadId(w: number, x: number, y: number, z: number): number {
  const r = indexed(quadTable, quadKey(w, x, y, z));
  quadTable = r.table;
  return r.id;
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
  const ids = [
    ...pick(1).map((c) => charId(c[0] as number)),
    ...pick(2).map((c) => pairId(c[0] as number, c[1] as number)),
    ...pick(4).map((c) => quadId(c[0] as number, c[1] as number, c[2] as number, c[3] as number)),
  ];
  return { always: false, ids: Int32Array.from(ids) };
}
