import type { IsoDate } from '../domain/dates.js';
import { addDays, maxDate } from './date-math.js';
import type { BusinessCalendar, PromiseInput } from './types.js';

/** The four dates of a promise, with the early reading; see spec/promises.md. */
export interface PromiseDates {
  t0: IsoDate;
  passOnly: boolean;
  deadline: IsoDate | null;
  early: IsoDate | null;
  earliestInquiry: IsoDate | null;
  recommendedInquiry: IsoDate | null;
  silentAfter: IsoDate;
}

/**
 * The reading's dates win; a missing one is computed with the spec's formulas, so a reading
 * that left them null still gets a plan. For `unspecified` (後日ご連絡します, t0 Fri 11/20):
 * earliest rollForward(11/27) = Fri 11/27, recommended rollForward(11/30) = Mon 11/30,
 * silentAfter 12/04 (t0 + 14).
 */
export function resolveDates(promise: PromiseInput, cal: BusinessCalendar): PromiseDates {
  const r = promise.reading;
  const t0 = promise.t0;
  const deadline = r.deadline;
  const passOnly = r.passOnly;
  const earliestInquiry = passOnly
    ? null
    : (r.earliestInquiry ??
      (deadline ? cal.nextBusinessDay(deadline) : cal.rollForward(addDays(t0, 7))));
  const recommendedInquiry = passOnly
    ? null
    : (r.recommendedInquiry ??
      (deadline ? cal.rollForward(addDays(deadline, 3)) : cal.rollForward(addDays(t0, 10))));
  const silentAfter =
    r.silentAfter ??
    (deadline === null
      ? addDays(t0, 14)
      : passOnly
        ? cal.addBusinessDays(deadline, 2)
        : maxDate(addDays(deadline, 7), addDays(t0, 14)));
  const early = r.early?.deadline ?? null;
  return {
    t0,
    passOnly,
    deadline,
    early: early !== null && early !== deadline ? early : null,
    earliestInquiry,
    recommendedInquiry,
    silentAfter,
  };
}
