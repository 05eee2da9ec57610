import type { FollowupRule } from '../rule.js';
import { checkMissed } from './check-missed.js';
import { inquire } from './inquire.js';
import { moveOn } from './move-on.js';
import { pipeline } from './pipeline.js';
import { prepare } from './prepare.js';
import { reflect } from './reflect.js';
import { reinquire } from './reinquire.js';
import { replyToRejection } from './reply-to-rejection.js';
import { reply } from './reply.js';
import { sendThanks } from './send-thanks.js';
import { stateIntent } from './state-intent.js';
import { wait } from './wait.js';

/**
 * The follow-up policy as data, in the order of the lifecycle (spec/domain.md): the order is
 * the order of actions for one application before todayList sorts across applications.
 * Rules are independent: each reads the digested state and none reads another's output.
 */
export const FOLLOWUP_RULES: readonly FollowupRule[] = [
  reply,
  sendThanks,
  stateIntent,
  prepare,
  wait,
  checkMissed,
  inquire,
  reinquire,
  moveOn,
  replyToRejection,
  reflect,
  pipeline,
];
