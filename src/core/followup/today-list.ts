import type { IsoDate } from '../domain/dates.js';
import { daysBetween } from './date-math.js';
import { ACTION_PRIORITY } from './priority.js';
import type { Action, ActionId, SeedId } from './types.js';

export interface WaitingItem {
  action: Action;
  /** Days from today to the deadline: 0 on the deadline itself. */
  daysLeft: number;
}

export interface TodayList {
  /** Due today or overdue (window.from ≤ today), most urgent first. */
  now: Action[];
  /** Starting later (window.from > today). */
  upcoming: Action[];
  /** Wait actions, with the days left to their deadline. */
  waiting: WaitingItem[];
}

/** Sorts after every real date: an action with no end comes after those that have one. */
const OPEN_ENDED = '9999-12-31';

/**
 * The date an action is ordered by: for an action already open, the day it is due by (the
 * end of its window; open-ended ones last), so a reply due 12/01 comes before a reflection
 * open since 11/20; for an upcoming action, the day it opens.
 */
export function sortDate(a: Action, today: IsoDate): IsoDate {
  const from = a.window.from ?? today;
  return from > today ? from : (a.window.until ?? OPEN_ENDED);
}

/**
 * Date (sortDate), then action priority, then company name, then id: the id is unique, so
 * the order is total and the same on every run (STYLE.md 6).
 */
export function compareActions(today: IsoDate) {
  return (a: Action, b: Action): number =>
    cmp(sortDate(a, today), sortDate(b, today)) ||
    ACTION_PRIORITY[a.action] - ACTION_PRIORITY[b.action] ||
    cmp(a.company, b.company) ||
    cmp(a.id, b.id);
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Gathers the actions of every application into one list (今日やること). `pipeline` is
 * cross-application: only the first one in order is kept.
 */
export function todayList(
  perApplication: readonly (readonly Action[])[],
  today: IsoDate,
): TodayList {
  return listFromSorted(sortActions(perApplication, today), today);
}

/**
 * All actions in the compareActions order, pipeline deduplicated; the sort keys are computed
 * once per action (decorate, sort, undecorate) because this runs over thousands of actions.
 */
export function sortActions(
  perApplication: readonly (readonly Action[])[],
  today: IsoDate,
): Action[] {
  const keyed = perApplication
    .flat()
    .map((a) => ({ a, date: sortDate(a, today), p: ACTION_PRIORITY[a.action] }));
  keyed.sort(
    (x, y) =>
      cmp(x.date, y.date) || x.p - y.p || cmp(x.a.company, y.a.company) || cmp(x.a.id, y.a.id),
  );
  return dedupePipeline(keyed.map((k) => k.a));
}

/** todayList from actions already in sortActions order. */
export function listFromSorted(all: readonly Action[], today: IsoDate): TodayList {
  const list: TodayList = { now: [], upcoming: [], waiting: [] };
  for (const a of all) {
    if (a.action === 'wait') {
      const until = a.window.until ?? today;
      list.waiting.push({ action: a, daysLeft: daysBetween(today, until) });
    } else if ((a.window.from ?? today) <= today) list.now.push(a);
    else list.upcoming.push(a);
  }
  list.waiting.sort((x, y) => x.daysLeft - y.daysLeft || compareActions(today)(x.action, y.action));
  return list;
}

function dedupePipeline(sorted: readonly Action[]): Action[] {
  let seen = false;
  return sorted.filter((a) => {
    if (a.action !== 'pipeline') return true;
    if (seen) return false;
    seen = true;
    return true;
  });
}

/** One line of `renraku today --json` (spec/interfaces.md). */
export interface TodayItem {
  applicationId: string;
  company: string;
  action: ActionId;
  from: IsoDate | null;
  recommended: IsoDate | null;
  reason: string;
  source: SeedId;
  until?: IsoDate | null;
}

/**
 * The actions due on or before `today` and still open, in the todayList order; a wait is
 * listed while it lasts, with `until` = its deadline.
 */
export function todayItems(
  perApplication: readonly (readonly Action[])[],
  today: IsoDate,
): TodayItem[] {
  return itemsFromSorted(sortActions(perApplication, today), today);
}

/** todayItems from actions already in sortActions order. */
export function itemsFromSorted(all: readonly Action[], today: IsoDate): TodayItem[] {
  return all
    .filter((a) => (a.window.from ?? today) <= today)
    .filter((a) => a.action !== 'wait' || (a.window.until ?? today) >= today)
    .map((a) => ({
      applicationId: a.applicationId,
      company: a.company,
      action: a.action,
      from: a.window.from,
      recommended: a.window.recommended,
      reason: a.reason.ja,
      source: a.source,
      ...(a.action === 'wait' ? { until: a.window.until } : {}),
    }));
}
