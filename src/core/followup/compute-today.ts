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
export function computeToday(input: TodayInput, today: IsoDate, memo?: TodayMemo): TodayResult {
  let activeCount = 0;
  let waitingCount = 0;
  const actions = input.applications.map((app) => {
    const day = memo ? memoized(memo, app, today) : applicationDay(app, today);
    if (day.active) activeCount++;
    if (day.waiting) waitingCount++;
    return day.actions;
  });
  const info = { activeCount, waitingCount };
  const anchor = newest(input.applications);
  if (anchor) {
    const i = input.applications.indexOf(anchor);
    // A new array: the anchor's own actions may be shared through the memo.
    actions[i] = [
      ...(actions[i] ?? []),
      ...actionsFor({ ...anchor, today, pipeline: info }, [pipeline]),
    ];
  }
  const sorted = sortActions(actions, today);
  return {
    actions,
    pipeline: info,
    list: listFromSorted(sorted, today),
    items: itemsFromSorted(sorted, today),
  };
}

/** One application's part of the list on one day: its actions and what the pipeline counts. */
interface ApplicationDay {
  today: IsoDate;
  actions: Action[];
  active: boolean;
  waiting: boolean;
}

/**
 * What computeToday worked out per application, by input object: a caller that keeps the
 * input objects of unchanged applications (services/today.ts) has only the changed ones
 * worked out again. An entry holds for one date; the input objects must not be mutated.
 */
export type TodayMemo = WeakMap<TodayApplicationInput, ApplicationDay>;

export function createTodayMemo(): TodayMemo {
  return new WeakMap();
}

function memoized(memo: TodayMemo, app: TodayApplicationInput, today: IsoDate): ApplicationDay {
  const known = memo.get(app);
  if (known?.today === today) return known;
  const day = applicationDay(app, today);
  memo.set(app, day);
  return day;
}

function applicationDay(app: TodayApplicationInput, today: IsoDate): ApplicationDay {
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
  const active = state.outcome === null;
  return {
    today,
    actions: actionsFromState(full, state),
    active,
    waiting: active && Boolean(openWait(state)),
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
