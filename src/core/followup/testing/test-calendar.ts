import type { IsoDate } from '../../domain/dates.js';
import { addDays, weekdayOf } from '../date-math.js';
import type { BusinessCalendar } from '../types.js';

/**
 * A small calendar for tests only: weekends, a few pinned holidays and the year-end closure
 * 12/29–1/3. The product binds the real calendar (holiday data package) instead.
 */
export const PINNED_HOLIDAYS: readonly IsoDate[] = [
  '2026-11-03', // 文化の日 (Tue)
  '2026-11-23', // 勤労感謝の日 (Mon)
  '2027-01-11', // 成人の日 (Mon)
];

export function createTestCalendar(closed: readonly IsoDate[] = []): BusinessCalendar {
  const holidays = new Set([...PINNED_HOLIDAYS, ...closed]);
  const isBusinessDay = (d: IsoDate): boolean => {
    const w = weekdayOf(d);
    const md = d.slice(5);
    const yearEnd = md >= '12-29' || md <= '01-03';
    return w !== 0 && w !== 6 && !holidays.has(d) && !yearEnd;
  };
  const nextBusinessDay = (d: IsoDate): IsoDate => {
    let x = addDays(d, 1);
    while (!isBusinessDay(x)) x = addDays(x, 1);
    return x;
  };
  return {
    isBusinessDay,
    nextBusinessDay,
    rollForward: (d) => (isBusinessDay(d) ? d : nextBusinessDay(d)),
    addBusinessDays(d, n) {
      let x = d;
      for (let i = 0; i < n; i++) x = nextBusinessDay(x);
      return x;
    },
  };
}
