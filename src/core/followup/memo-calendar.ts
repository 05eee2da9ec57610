import type { IsoDate } from '../domain/dates.js';
import type { BusinessCalendar } from './types.js';

const MEMOS = new WeakMap<BusinessCalendar, BusinessCalendar>();

/**
 * The same calendar with its answers remembered. A today list over 1,000 applications asks
 * about the same few dozen dates thousands of times (every 「1週間以内」 said on Fri 11/20
 * rolls 11/27 again); the calendar is pure, so its answers can be kept. Memos are per
 * calendar object and live as long as it does.
 */
export function memoizeCalendar(cal: BusinessCalendar): BusinessCalendar {
  const known = MEMOS.get(cal);
  if (known) return known;
  const business = new Map<IsoDate, boolean>();
  const next = new Map<IsoDate, IsoDate>();
  const roll = new Map<IsoDate, IsoDate>();
  const add = new Map<string, IsoDate>();
  const memo: BusinessCalendar = {
    isBusinessDay: (d) => cached(business, d, () => cal.isBusinessDay(d)),
    nextBusinessDay: (d) => cached(next, d, () => cal.nextBusinessDay(d)),
    rollForward: (d) => cached(roll, d, () => cal.rollForward(d)),
    addBusinessDays: (d, n) => cached(add, `${d}+${n}`, () => cal.addBusinessDays(d, n)),
  };
  MEMOS.set(cal, memo);
  MEMOS.set(memo, memo);
  return memo;
}

function cached<K, V>(map: Map<K, V>, key: K, compute: () => V): V {
  const hit = map.get(key);
  if (hit !== undefined) return hit;
  const value = compute();
  map.set(key, value);
  return value;
}
