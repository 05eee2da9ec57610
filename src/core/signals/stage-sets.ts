import type { SignStage } from './types.js';

/** The seeds on casual meetings (000) describe signs that hold in any interview. */
export const ALL_INTERVIEWS: readonly SignStage[] = ['casual', 'interview', 'final'];
/** 003 is about formal interviews (一次面接 to 最終面接). */
export const FORMAL: readonly SignStage[] = ['interview', 'final'];
