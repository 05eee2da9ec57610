import { CUES } from './cues.js';
import { cleanBody, normalizeText } from './normalize.js';

/** Flags computed outside the cue list (quote cut, footer, reply subject). */
export const SPECIAL_FEATURES = ['hadQuote', 'massFooter', 'subjectRe', 'noSubject'] as const;

/** Dense feature ids: body cues `b:<id>`, subject cues `s:<id>`, then the specials. */
export const DENSE_FEATURES: readonly string[] = [
  ...CUES.map((c) => `b:${c.id}`),
  ...CUES.map((c) => `s:${c.id}`),
  ...SPECIAL_FEATURES,
];

export const CUE_LABELS: ReadonlyMap<string, string> = new Map([
  ...CUES.map((c) => [`b:${c.id}`, c.label] as const),
  ...CUES.map((c) => [`s:${c.id}`, `件名に${c.label}`] as const),
  ['hadQuote', '引用部分あり（除外済み）'],
  ['massFooter', '配信停止のフッター'],
  ['subjectRe', '件名が Re:'],
  ['noSubject', '件名なし'],
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
const MAX_BODY_CHARS = 4000;
const SUBJECT_SALT = 0x5bd1e995;
/** Overall weight of the n-gram block against the 0/1 cues; 2 was best on validation (of 0.5–8). */
const NGRAM_WEIGHT = 2;
const REPLY = /^(?:re|fw|fwd|返信|転送)\s*[:：]/i;

/**
 * Cue features plus hashed character bigrams (digits folded to 0 so dates generalise).
 * Bigram values are scaled by 1/√n so a long polite letter does not outvote its own cues.
 */
export function extractFeatures(
  subjectRaw: string,
  body: string,
  buckets: number,
  denseIndex: ReadonlyMap<string, number> = DENSE_INDEX,
): Features {
  const subject = normalizeText(subjectRaw).trim();
  const cleaned = cleanBody(body);
  const text = cleaned.text;
  const index: number[] = [];
  const value: number[] = [];
  const add = (id: string, v: number) => {
    const i = denseIndex.get(id);
    if (i !== undefined) {
      index.push(i);
      value.push(v);
    }
  };
  // The subject of a reply was written by the other side: it says what the quoted mail was,
  // not what this one is, so only the reply flag is kept from it.
  const reply = REPLY.test(subject);
  const ownSubject = reply ? '' : subject;
  for (const cue of CUES) {
    if (cue.re.test(text)) add(`b:${cue.id}`, 1);
    if (ownSubject !== '' && cue.re.test(ownSubject)) add(`s:${cue.id}`, 1);
  }
  if (cleaned.hadQuote) add('hadQuote', 1);
  if (cleaned.massMail) add('massFooter', 1);
  if (reply) add('subjectRe', 1);
  if (subject === '') add('noSubject', 1);
  const base = denseIndex.size;
  addBigrams(text.slice(0, MAX_BODY_CHARS), 0, base, buckets, index, value);
  addBigrams(ownSubject, SUBJECT_SALT, base, buckets, index, value);
  return { index, value, text, subject };
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
  const scale = NGRAM_WEIGHT / Math.sqrt(n);
  for (let j = first; j < index.length; j += 1) {
    const h = (index[j] as number) - base;
    value.push((counts[h] as number) * scale);
    counts[h] = 0;
  }
}
