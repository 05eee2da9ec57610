import { CUES } from './cues.js';
import { ENGLISH_CUES, looksEnglish } from './cues-en.js';
import { ENVELOPE_FEATURES, ENVELOPE_LABELS, readEnvelope } from './envelope.js';
import type { LinearModel } from './model-types.js';
import { CUE_ANCHORS } from './models/cue-anchors.js';
import { cleanBody, normalizeText } from './normalize.js';
import { type RowSums, rowSumsFor } from './row-sums.js';
import { compileAnchors, leadOf, markText, matchFromAnchor } from './text-marks.js';

/** Flags computed outside the cue list (quote cut, footer, reply subject). */
export const SPECIAL_FEATURES = ['hadQuote', 'massFooter', 'subjectRe', 'noSubject'] as const;

/** Dense feature ids: body cues `b:<id>`, subject cues `s:<id>`, then the specials. */
export const DENSE_FEATURES: readonly string[] = [
  ...CUES.map((c) => `b:${c.id}`),
  ...CUES.map((c) => `s:${c.id}`),
  ...SPECIAL_FEATURES,
  ...ENVELOPE_FEATURES,
];

export const CUE_LABELS: ReadonlyMap<string, string> = new Map([
  ...CUES.map((c) => [`b:${c.id}`, c.label] as const),
  ...CUES.map((c) => [`s:${c.id}`, `件名に${c.label}`] as const),
  ['hadQuote', '引用部分あり（除外済み）'],
  ['massFooter', '配信停止のフッター'],
  ['subjectRe', '件名が Re:'],
  ['noSubject', '件名なし'],
  ...Object.entries(ENVELOPE_LABELS),
]);

/** A sparse feature vector: parallel arrays of row index and value. */
export interface Features {
  index: number[];
  value: number[];
  /** The cleaned body, for the rules that come after the model (template, stage). */
  text: string;
  subject: string;
}

/** Body n-grams beyond this many characters add little and cost time. */
const MAX_BODY_CHARS = 2000;
const SUBJECT_SALT = 0x5bd1e995;
const HEAD_SALT = 0x27d4eb2f;
const TAIL_SALT = 0x165667b1;
const WORD_SALT = 0x3c6ef372;
const HEAD_CHARS = 60;
const TAIL_CHARS = 100;
/**
 * Overall weight of the n-gram block against the 0/1 cues: 2 was best on validation (of 0.5–8)
 * and again in cross-validation (of 1, 2, 4; eval/classify/cv.ts).
 */
const NGRAM_WEIGHT = 2;
const REPLY = /^(?:re|fw|fwd|返信|転送)\s*[:：]/i;
const REPLIES = /^(?:(?:re|fw|fwd|返信|転送)\s*[:：]\s*)+/i;
const REPLIED_SALT = 0x61c88647;

/** What a message says once normalised: its own text and subject, and the special flags. */
interface Reading {
  /** The cleaned body, for the rules that come after the model (template, stage). */
  text: string;
  subject: string;
  /** The subject unless it is a reply's (then ""): the words the sender chose for this mail. */
  ownSubject: string;
  /** A reply's subject without its Re: (""): what the mail answered, e.g. 「面接のお礼」. */
  repliedSubject: string;
  /** Dense feature ids that fired (cues and specials), each once. */
  dense: string[];
}

function read(subjectRaw: string, body: string): Reading {
  const subject = normalizeText(subjectRaw).trim();
  const cleaned = cleanBody(body);
  const text = cleaned.text;
  const dense: string[] = [];
  // The subject of a reply was written by the other side: it says what the quoted mail was,
  // not what this one is, so only the reply flag is kept from it.
  const reply = REPLY.test(subject);
  const ownSubject = reply ? '' : subject;
  const repliedSubject = reply ? subject.replace(REPLIES, '') : '';
  // A cue's regex runs only on a text that holds one of its anchors (text-marks.ts). The
  // features keep their order (body, then subject, cue by cue): the score sums in that order.
  // A subject with Latin words is read by the English cues too (its quads marked for them);
  // an English cue raises the subject cue of the same id, once (cues-en.ts).
  subjectHits.fill(0);
  englishSubjectHits.fill(0);
  const latinSubject = ownSubject !== '' && LATIN_WORD.test(ownSubject);
  if (ownSubject !== '') {
    markText(ownSubject, latinSubject ? ownSubject.length : 0);
    for (let i = 0; i < CUES_WITH_IDS.length; i += 1) {
      const cue = CUES_WITH_IDS[i] as (typeof CUES_WITH_IDS)[number];
      subjectHits[i] = matchFromAnchor(cue.from, cue.lead, cue.anchors, ownSubject) ? 1 : 0;
    }
    for (let i = 0; latinSubject && i < CUES_WITH_IDS.length; i += 1) {
      const cue = CUES_WITH_IDS[i] as (typeof CUES_WITH_IDS)[number];
      if (
        cue.enFrom &&
        !subjectHits[i] &&
        matchFromAnchor(cue.enFrom, cue.enLead, cue.enAnchors, ownSubject)
      )
        englishSubjectHits[i] = 1;
    }
  }
  // The body is marked last, so the rules after the model can read its marks (message-rules.ts).
  // English cues read the head of an English text: the body's marks serve for it, its quads
  // marked up to the head's end and only anchors that end there counted.
  const head = text.length > ENGLISH_CUE_CHARS ? text.slice(0, ENGLISH_CUE_CHARS) : text;
  const english = looksEnglish(head);
  markText(text, english ? head.length : 0);
  for (let i = 0; i < CUES_WITH_IDS.length; i += 1) {
    const cue = CUES_WITH_IDS[i] as (typeof CUES_WITH_IDS)[number];
    bodyHits[i] = matchFromAnchor(cue.from, cue.lead, cue.anchors, text) ? 1 : 0;
  }
  // An English cue raises its cue once: only where the Japanese one did not fire.
  englishHits.fill(0);
  if (english) {
    for (let i = 0; i < CUES_WITH_IDS.length; i += 1) {
      const cue = CUES_WITH_IDS[i] as (typeof CUES_WITH_IDS)[number];
      if (
        cue.enFrom &&
        !bodyHits[i] &&
        matchFromAnchor(cue.enFrom, cue.enLead, cue.enAnchors, head, head.length)
      )
        englishHits[i] = 1;
    }
  }
  for (let i = 0; i < CUES_WITH_IDS.length; i += 1) {
    const cue = CUES_WITH_IDS[i] as (typeof CUES_WITH_IDS)[number];
    if (bodyHits[i]) dense.push(cue.bodyId);
    if (subjectHits[i]) dense.push(cue.subjectId);
  }
  for (let i = 0; i < CUES_WITH_IDS.length; i += 1) {
    if (englishHits[i]) dense.push((CUES_WITH_IDS[i] as (typeof CUES_WITH_IDS)[number]).bodyId);
  }
  for (let i = 0; i < CUES_WITH_IDS.length; i += 1) {
    if (englishSubjectHits[i])
      dense.push((CUES_WITH_IDS[i] as (typeof CUES_WITH_IDS)[number]).subjectId);
  }
  if (cleaned.hadQuote) dense.push('hadQuote');
  if (cleaned.massMail) dense.push('massFooter');
  if (reply) dense.push('subjectRe');
  if (subject === '') dense.push('noSubject');
  dense.push(...readEnvelope(text, cleaned.signature));
  return { text, subject, ownSubject, repliedSubject, dense };
}

const LATIN_WORD = /[A-Za-z]{3}/;
/**
 * English cues read the first this many characters: what an English mail decides is in its
 * first paragraphs, and forty case-insensitive scans of a long letter cost more than the rest
 * of the classification together.
 */
export const ENGLISH_CUE_CHARS = 1200;

/** Which cues the body and the subject hold, in Japanese and in English (scratch, per message). */
const bodyHits = new Uint8Array(CUES.length);
const englishHits = new Uint8Array(CUES.length);
const subjectHits = new Uint8Array(CUES.length);
const englishSubjectHits = new Uint8Array(CUES.length);

/** A global copy of a cue regex, for matchFromAnchor(). */
function fromLastIndex(re: RegExp): RegExp {
  return new RegExp(re.source, `${re.flags.replace('g', '')}g`);
}

/** Cue ids and anchors precomputed once, so reading a message builds no strings. */
export const CUES_WITH_IDS = CUES.map((c) => {
  const en = ENGLISH_CUES[c.id];
  const anchors = CUE_ANCHORS[c.id];
  return {
    re: c.re,
    en,
    from: fromLastIndex(c.re),
    lead: leadOf(anchors?.jaLongest),
    enFrom: en ? fromLastIndex(en) : undefined,
    enLead: leadOf(anchors?.enLongest),
    anchors: compileAnchors(anchors?.ja ?? null),
    enAnchors: compileAnchors(anchors?.en ?? null),
    bodyId: `b:${c.id}`,
    subjectId: `s:${c.id}`,
  };
});

/**
 * Cue features plus hashed character bigrams (digits folded to 0 so dates generalise), as a
 * sparse vector for training. Bigram values are scaled by 1/√n so a long polite letter does
 * not outvote its own cues.
 */
export function extractFeatures(
  subjectRaw: string,
  body: string,
  buckets: number,
  denseIndex: ReadonlyMap<string, number> = DENSE_INDEX,
): Features {
  const r = read(subjectRaw, body);
  const index: number[] = [];
  const value: number[] = [];
  for (const id of r.dense) {
    const i = denseIndex.get(id);
    if (i !== undefined) {
      index.push(i);
      value.push(1);
    }
  }
  const base = denseIndex.size;
  addBigrams(ngramText(r.text), 0, base, buckets, index, value);
  addBigrams(r.ownSubject, SUBJECT_SALT, base, buckets, index, value);
  addBigrams(r.repliedSubject, REPLIED_SALT, base, buckets, index, value);
  addBigrams(headOf(r.text), HEAD_SALT, base, buckets, index, value);
  addBigrams(tailOf(r.text), TAIL_SALT, base, buckets, index, value);
  addWords(`${r.ownSubject}\n${ngramText(r.text)}`, base, buckets, index, value);
  return { index, value, text: r.text, subject: r.subject };
}

/** What inference needs: raw scores, the dense rows that fired, and the texts for the rules. */
export interface Scored {
  /** Bias + cue weights + n-gram weights, per category (before the softmax). */
  scores: Float64Array;
  /** Rows of the dense features that fired (each valued 1). */
  denseRows: number[];
  text: string;
  subject: string;
}

/**
 * Inference without building a feature vector: the same sum as scoring `extractFeatures`
 * (a bucket's value count·scale times its weight equals adding weight·scale per occurrence),
 * with no index arrays, no per-bucket counts and no second pass. features.test.ts checks that
 * both give the same scores.
 */
export function scoreMessage(
  model: LinearModel,
  denseIndex: ReadonlyMap<string, number>,
  subjectRaw: string,
  body: string,
): Scored {
  const r = read(subjectRaw, body);
  const k = model.categories.length;
  const w = model.weights;
  const scores = new Float64Array(k);
  for (let c = 0; c < k; c += 1) scores[c] = model.bias[c] ?? 0;
  const denseRows: number[] = [];
  for (const id of r.dense) {
    const i = denseIndex.get(id);
    if (i === undefined) continue;
    denseRows.push(i);
    const row = i * k;
    for (let c = 0; c < k; c += 1) scores[c] = (scores[c] as number) + (w[row + c] as number);
  }
  const base = denseIndex.size;
  const sums = rowSumsFor(w, k);
  addBigramScores(ngramText(r.text), 0, base, model.buckets, sums, k, scores);
  addBigramScores(r.ownSubject, SUBJECT_SALT, base, model.buckets, sums, k, scores);
  addBigramScores(r.repliedSubject, REPLIED_SALT, base, model.buckets, sums, k, scores);
  addBigramScores(headOf(r.text), HEAD_SALT, base, model.buckets, sums, k, scores);
  addBigramScores(tailOf(r.text), TAIL_SALT, base, model.buckets, sums, k, scores);
  addWordScores(`${r.ownSubject}\n${ngramText(r.text)}`, base, model.buckets, sums, k, scores);
  return { scores, denseRows, text: r.text, subject: r.subject };
}

/**
 * Where a mail says who writes to whom: its first lines (「株式会社○○ 人事部 △△様」 from an
 * applicant, 「○○様」 and the sender's own name from a company) and its last (an applicant's
 * university or mobile number, a company's department and switchboard). Their bigrams count
 * again under their own salt, so the same words weigh differently there.
 */
function headOf(text: string): string {
  return text.length > HEAD_CHARS ? text.slice(0, HEAD_CHARS) : text;
}

function tailOf(text: string): string {
  return text.length > TAIL_CHARS ? text.slice(text.length - TAIL_CHARS) : text;
}

function ngramText(text: string): string {
  return text.length > MAX_BODY_CHARS ? text.slice(0, MAX_BODY_CHARS) : text;
}

export const DENSE_INDEX: ReadonlyMap<string, number> = new Map(
  DENSE_FEATURES.map((id, i) => [id, i] as const),
);

function fold(code: number): number {
  if (code >= 0x30 && code <= 0x39) return 0x30; // every digit is "0"
  return code;
}

/** Scratch counts per bucket, reused across calls (reset after each use; no state leaks). */
let scratch = new Float64Array(0);

/** Adds each distinct hashed bigram once, valued count/√n: fewer rows to score. */
function addBigrams(
  text: string,
  salt: number,
  base: number,
  buckets: number,
  index: number[],
  value: number[],
): void {
  const n = text.length - 1;
  if (n <= 0) return;
  if (scratch.length < buckets) scratch = new Float64Array(buckets);
  const counts = scratch;
  const mask = buckets - 1;
  const first = index.length;
  let prev = fold(text.charCodeAt(0));
  for (let i = 1; i <= n; i += 1) {
    const cur = fold(text.charCodeAt(i));
    // Whitespace pairs carry no meaning; skip them.
    if (cur > 0x20 || prev > 0x20) {
      // buckets is a power of two: a mask, not a (floating-point) modulo of a uint32.
      const h = (Math.imul(prev ^ salt, 0x9e3779b1) ^ Math.imul(cur, 0x85ebca77)) & mask;
      if (counts[h] === 0) index.push(base + h);
      counts[h] = (counts[h] as number) + 1;
    }
    prev = cur;
  }
  pushCounts(index, value, first, base, NGRAM_WEIGHT / Math.sqrt(n));
}

/**
 * Values for the rows pushed since `first`: each bucket's count in `scratch` times `scale`,
 * and the count reset to 0 (so the scratch is clean for the next call).
 */
function pushCounts(
  index: number[],
  value: number[],
  first: number,
  base: number,
  scale: number,
): void {
  const counts = scratch;
  for (let j = first; j < index.length; j += 1) {
    const h = (index[j] as number) - base;
    value.push((counts[h] as number) * scale);
    counts[h] = 0;
  }
}

/**
 * The n-gram part of the score: one weight row added per bigram occurrence (see scoreMessage),
 * scaled once at the end. The rows are listed first, then summed (row-sums.ts).
 */
function addBigramScores(
  text: string,
  salt: number,
  base: number,
  buckets: number,
  sums: RowSums,
  k: number,
  scores: Float64Array,
): void {
  const n = text.length - 1;
  if (n <= 0) return;
  const mask = buckets - 1;
  const out = sums.reserve(n);
  let count = 0;
  let prev = fold(text.charCodeAt(0));
  for (let i = 1; i <= n; i += 1) {
    const cur = fold(text.charCodeAt(i));
    if (cur > 0x20 || prev > 0x20) {
      out[count] =
        (base + ((Math.imul(prev ^ salt, 0x9e3779b1) ^ Math.imul(cur, 0x85ebca77)) & mask)) * k;
      count += 1;
    }
    prev = cur;
  }
  sums.add(count, scores, NGRAM_WEIGHT / Math.sqrt(n));
}

/** Buckets of the words readWords read last (reused across calls). */
const wordRows: number[] = [];
/** Weight of the word block: 2 measured best leaving writers out (of 0.5, 1, 2, 3, 4). */
const WORD_WEIGHT = 2;

/**
 * Latin-script words (English mail from foreign-capital firms and their ATS notices, product
 * names, "offer call"): character bigrams say little about them, so each word and each pair of
 * neighbouring words is hashed as one feature too. Japanese text has few such words, so this
 * costs little there. Returns how many words were read; the buckets are left in `wordRows`.
 */
function readWords(text: string, mask: number): number {
  wordRows.length = 0;
  let words = 0;
  let prev = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isLetter(c)) {
      let h = 0x811c9dc5;
      let len = 0;
      for (; i < text.length && isLetter(text.charCodeAt(i)); i += 1, len += 1)
        h = Math.imul(h ^ (text.charCodeAt(i) | 0x20), 0x01000193);
      if (len >= 2) {
        const word = Math.imul(h ^ WORD_SALT, 0x9e3779b1);
        wordRows.push(word & mask);
        if (prev !== 0) wordRows.push((Math.imul(prev, 0x85ebca77) ^ word) & mask);
        prev = word | 1;
        words += 1;
      }
    } else if (c === 0x20 || c === 0x27 || c === 0x2d) {
      // Only a space, an apostrophe or a hyphen keeps two words a pair.
      i += 1;
    } else {
      // Punctuation, digits, line breaks and Japanese text end the pair. A Japanese mail has
      // few Latin letters: the native search skips to the next one instead of a loop here.
      prev = 0;
      NEXT_LETTER.lastIndex = i + 1;
      if (!NEXT_LETTER.test(text)) break;
      i = NEXT_LETTER.lastIndex - 1;
    }
  }
  return words;
}

const NEXT_LETTER = /[A-Za-z]/g;

function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** The rows readWords gives a text, as a new array (for tests and explanations). */
export function latinWordRows(text: string, buckets: number): number[] {
  readWords(text, buckets - 1);
  return [...wordRows];
}

function addWords(
  text: string,
  base: number,
  buckets: number,
  index: number[],
  value: number[],
): void {
  const words = readWords(text, buckets - 1);
  if (words === 0) return;
  if (scratch.length < buckets) scratch = new Float64Array(buckets);
  const counts = scratch;
  const first = index.length;
  for (const h of wordRows) {
    if (counts[h] === 0) index.push(base + h);
    counts[h] = (counts[h] as number) + 1;
  }
  pushCounts(index, value, first, base, WORD_WEIGHT / Math.sqrt(words));
}

function addWordScores(
  text: string,
  base: number,
  buckets: number,
  sums: RowSums,
  k: number,
  scores: Float64Array,
): void {
  const words = readWords(text, buckets - 1);
  if (words === 0) return;
  const rows = sums.reserve(wordRows.length);
  for (let j = 0; j < wordRows.length; j += 1) rows[j] = (base + (wordRows[j] as number)) * k;
  sums.add(wordRows.length, scores, WORD_WEIGHT / Math.sqrt(words));
}
