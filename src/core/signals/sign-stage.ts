import type { Stage } from '../domain/stage.js';
import type { SignStage } from './types.js';

const SIGN_STAGE: Partial<Record<Stage, SignStage>> = {
  casual: 'casual',
  interview_1: 'interview',
  interview_2: 'interview',
  interview_n: 'interview',
  final: 'final',
  after_final: 'after_final',
};

/**
 * The kind of meeting whose signs apply to a selection stage; null where the seeds describe no
 * signs (書類選考, Webテスト, and the offer stages, which are past the selection).
 */
export const signStageOf = (stage: Stage): SignStage | null => SIGN_STAGE[stage] ?? null;
