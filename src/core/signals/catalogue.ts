import { AFTER_FINAL_SIGNS, NEGATIVE_SIGNS } from './catalogue-negative.js';
import { POSITIVE_SIGNS } from './catalogue-positive.js';
import type { Sign, SignStage } from './types.js';

/** Every sign, in display order: positive, negative, then those proper to the meeting after a final. */
export const SIGNS: readonly Sign[] = [...POSITIVE_SIGNS, ...NEGATIVE_SIGNS, ...AFTER_FINAL_SIGNS];

const BY_ID = new Map(SIGNS.map((s) => [s.id, s]));

export const signById = (id: string): Sign | undefined => BY_ID.get(id);

/** The signs a user can tick for one kind of meeting, in display order. */
export const signsFor = (stage: SignStage): Sign[] => SIGNS.filter((s) => s.stages.includes(stage));
