import type { ActionId } from './types.js';

/**
 * Order of actions due on the same date, most urgent first: a reply the company waits for
 * beats a thank-you, which beats anything about the wait; wait is last, it asks nothing.
 */
export const ACTION_PRIORITY: Readonly<Record<ActionId, number>> = {
  reply: 1,
  send_thanks: 2,
  prepare: 3,
  state_intent: 4,
  check_missed: 5,
  reinquire: 6,
  inquire: 7,
  move_on: 8,
  reply_to_rejection: 9,
  reflect: 10,
  pipeline: 11,
  wait: 12,
};
