export { type Computation, compute, computeDates } from './compute-dates.js';
export { createJaConfiguration, type PromiseConfiguration } from './configuration.js';
export { dayZeroOf } from './day-zero.js';
export { explain } from './explain.js';
export { normalize } from './normalize.js';
export { parseNumeral } from './numerals.js';
export { parsePromise } from './parse-promise.js';
export { readPromise } from './read-promise.js';
export type * from './types.js';
