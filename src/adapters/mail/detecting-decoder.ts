import { Transform, type TransformCallback } from 'node:stream';
import { decodeBytes } from './charset-decode.js';
import { metaCharset } from './meta-charset.js';
import type { CharsetInfo } from './types.js';

/** Prefix put on every text part's charset so mailparser always routes it through us. */
export const DETECT_PREFIX = 'x-renraku-detect:';

export interface PartCharset {
  charset: CharsetInfo;
  problem: string | null;
}

/**
 * Buffers one text part and decodes it at the end with the charset layer. mailparser would
 * decode UTF-8 and unlabelled parts itself and lose the bytes (Shift_JIS with no charset
 * becomes U+FFFD), so every text part is relabelled with DETECT_PREFIX and comes here.
 */
export class DetectingDecoder extends Transform {
  readonly #chunks: Buffer[] = [];
  readonly #label: string | null;
  readonly #report: (part: PartCharset) => void;

  constructor(label: string, report: (part: PartCharset) => void) {
    super();
    const declared = label.startsWith(DETECT_PREFIX) ? label.slice(DETECT_PREFIX.length) : label;
    this.#label = declared === '' ? null : declared;
    this.#report = report;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.#chunks.push(chunk);
    done();
  }

  override _flush(done: TransformCallback): void {
    const bytes = Buffer.concat(this.#chunks);
    // An HTML part often names its charset only in <meta> (saved-as-HTML newsletters).
    const meta = this.#label ? null : metaCharset(bytes);
    const label = this.#label ?? meta;
    const decoded = decodeBytes(bytes, label);
    const problem = meta && decoded.problem === null ? null : decoded.problem;
    this.#report({ charset: decoded.charset, problem });
    this.push(Buffer.from(decoded.text, 'utf8'));
    done();
  }
}
