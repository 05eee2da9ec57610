import type { IsoDate } from '../domain/dates.js';
import { actionsFor, actionsFromState } from './actions-for.js';
import { memoizeCalendar } from './memo-calendar.js';
import { openWait } from './rule.js';
import { pipeline } from './rules/pipeline.js';
import { deriveFollowupState } from './state.js';
import {
  itemsFromSorted,
  listFromSorted,
  sortActions,
  type TodayItem,
  type TodayList,
} from './today-list.js';
import type { Action, FollowupInput, PipelineInfo } from './types.js';

/** One application as a loader gives it: everything but the date and the pipeline facts. */
export type TodayApplicationInput = Omit<FollowupInput, 'today' | 'pipeline'>;

export interface TodayInput {
  applications: readonly TodayApplicationInput[];
}

export interface TodayResult {
  /** Every open action, per application in input order. */
  actions: Action[][];
  pipeline: PipelineInfo;
  list: TodayList;
  items: TodayItem[];
}

/**
 * The whole "today" computation across applications: the per-application policy, then the
 * cross-application pipeline rule (fewer than 3 active, or all active ones waiting), then
 * the list. Pure: `today` is a parameter. Bind one BusinessCalendar object per distinct
 * company calendar and reuse it across applications: its answers are memoized per object.
 *
 * @example
 * const { items } = computeToday({ applications }, '2026-11-30');
 * // items → [{ applicationId, company, action: 'inquire', from: '2026-11-30', … }]
 */
export function computeToday(input: TodayInput, today: IsoDate): TodayResult {
  let activeCount = 0;
  let waitingCount = 0;
  const actions = input.applications.map((app) => {
    const full: FollowupInput = {
      application: app.application,
      company: app.company,
      events: app.events,
      promises: app.promises,
      today,
      calendar: memoizeCalendar(app.calendar),
      ...(app.replyDeadlines ? { replyDeadlines: app.replyDeadlines } : {}),
    };
    const state = deriveFollowupState(full);
    if (state.outcome === null) {
      activeCount++;
      if (openWait(state)) waitingCount++;
    }
    return actionsFromState(full, state);
  });
  const info = { activeCount, waitingCount };
  const anchor = newest(input.applications);
  if (anchor) {
    const i = input.applications.indexOf(anchor);
    actions[i]?.push(...actionsFor({ ...anchor, today, pipeline: info }, [pipeline]));
  }
  const sorted = sortActions(actions, today);
  return {
    actions,
    pipeline: info,
    list: listFromSorted(sorted, today),
    items: itemsFromSorted(sorted, today),
  };
}

/** The pipeline action hangs on the newest application (latest createdAt, then id). */
function newest(apps: readonly TodayApplicationInput[]): TodayApplicationInput | undefined {
  let best: TodayApplicationInput | undefined;
  for (const a of apps) {
    const x = a.application;
    const b = best?.application;
    if (!b || x.createdAt > b.createdAt || (x.createdAt === b.createdAt && x.id > b.id)) best = a;
  }
  return best;
}
