import { type Classification, type ClassifyInput, classifyWith } from './classifier.js';
import { MODEL } from './models/ja-linear@3.js';

export type { Classification, ClassifyInput } from './classifier.js';
export { classifyWith } from './classifier.js';
export type { LinearModel } from './model-types.js';

/** The shipped model's id, for logs and reports. */
export const MODEL_ID = `${MODEL.name}@${MODEL.version}`;

/**
 * Classify one message with the shipped model. Pure: no I/O, no clock.
 * @example classifyMessage({ subject: '選考結果のご連絡', body: '…今回は見送らせていただく…' })
 *   // { category: 'rejection', direction: 'incoming', … }
 */
export function classifyMessage(input: ClassifyInput): Classification {
  return classifyWith(MODEL, input);
}
