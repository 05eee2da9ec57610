import holidayJp from '@holiday-jp/holiday_jp';
import type { CalendarConfig } from '../../src/core/calendar/calendar-config.js';

/**
 * An independent, deliberately naive implementation of spec/promises.md used only to label
 * eval/promise/phrases.jsonl: Date objects at UTC noon, string comparisons, linear loops, and
 * the holiday table read by its ISO keys. It shares no code with src/core, so a label and
 * the product agree only when both read the spec the same way.
 */
export type Semantics =
  | { kind: 'days' | 'weeks' | 'months' | 'business_days'; n: number }
  | { kind: 'date'; md: [number, number]; year?: number; wd?: number }
  | { kind: 'date'; dom: number; wd?: number }
  | { kind: 'date'; rm: number; day: number }
  | { kind: 'date'; rel: number }
  | { kind: 'date'; weekday: number; week: number | null }
  | { kind: 'period'; p: 'week_end' | 'week_start'; k: number }
  | { kind: 'period'; p: 'week_until'; k: number; weekday: number }
  | { kind: 'period'; p: 'month_end'; rel?: number; month?: number }
  | { kind: 'period'; p: 'month_part'; day: 10 | 20; rel?: number; month?: number }
  | { kind: 'period'; p: 'year_end' }
  | { kind: 'unspecified' }
  | { kind: 'unparsed' };

const HOLIDAYS = holidayJp.holidays as Record<string, unknown>;
const noon = (iso: string) => new Date(`${iso}T12:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);
export const plus = (s: string, days: number) =>
  iso(new Date(noon(s).getTime() + days * 86_400_000));
const wdOf = (s: string) => noon(s).getUTCDay();
const ymd = (y: number, m: number, d: number) => iso(new Date(Date.UTC(y, m - 1, d, 12)));
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0, 12)).getUTCDate();

export function closed(s: string, c: CalendarConfig): boolean {
  const w = wdOf(s);
  const md = s.slice(5);
  if (w === 0 || w === 6 || c.closedWeekdays.includes(w) || s in HOLIDAYS) return true;
  if (c.closedDates.includes(s)) return true;
  if (c.yearEnd && (md >= '12-29' || md <= '01-03')) return true;
  return c.obon && md >= '08-13' && md <= '08-16';
}

export function next(s: string, c: CalendarConfig): string {
  let x = plus(s, 1);
  while (closed(x, c)) x = plus(x, 1);
  return x;
}
export const roll = (s: string, c: CalendarConfig) => (closed(s, c) ? next(s, c) : s);
function addB(s: string, n: number, c: CalendarConfig): string {
  let x = s;
  for (let i = 0; i < n; i++) x = next(x, c);
  return x;
}
function backTo(s: string, floor: string, c: CalendarConfig): string | null {
  for (let x = s; x >= floor; x = plus(x, -1)) if (!closed(x, c)) return x;
  return null;
}
const monday = (s: string) => plus(s, -((wdOf(s) + 6) % 7));
const strictlyAfter = (t0: string, w: number) => plus(t0, (w - wdOf(t0) + 7) % 7 || 7);

function monthOf(t0: string, rel?: number, month?: number): [number, number] {
  const y = Number(t0.slice(0, 4));
  const m = Number(t0.slice(5, 7));
  if (month !== undefined) return [month >= m ? y : y + 1, month];
  const idx = y * 12 + m - 1 + (rel ?? 0);
  return [Math.floor(idx / 12), (idx % 12) + 1];
}

interface Deadline {
  deadline: string;
  inconsistent: boolean;
}

function deadlineOf(s: Semantics, t0: string, c: CalendarConfig): Deadline {
  const plain = (deadline: string) => ({ deadline, inconsistent: false });
  const y0 = Number(t0.slice(0, 4));
  switch (s.kind) {
    case 'days':
      return plain(s.n <= 5 ? addB(t0, s.n, c) : roll(plus(t0, s.n), c));
    case 'weeks':
      return plain(roll(plus(t0, 7 * s.n), c));
    case 'months': {
      const [y, m] = monthOf(t0, s.n);
      return plain(roll(ymd(y, m, Math.min(Number(t0.slice(8)), lastDay(y, m))), c));
    }
    case 'business_days':
      return plain(addB(t0, s.n, c));
    case 'date': {
      let day: string;
      let wd: number | undefined;
      if ('md' in s) {
        day = ymd(s.year ?? y0, s.md[0], s.md[1]);
        if (s.year === undefined && day < t0) day = ymd(y0 + 1, s.md[0], s.md[1]);
        wd = s.wd;
      } else if ('dom' in s) {
        let [y, m] = [y0, Number(t0.slice(5, 7))];
        while (s.dom > lastDay(y, m) || ymd(y, m, s.dom) < t0)
          [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
        day = ymd(y, m, s.dom);
        wd = s.wd;
      } else if ('rm' in s) {
        const [y, m] = monthOf(t0, s.rm);
        day = ymd(y, m, s.day);
      } else if ('rel' in s) day = plus(t0, s.rel);
      else if (s.week === null) day = strictlyAfter(t0, s.weekday);
      else {
        day = plus(monday(t0), 7 * s.week + ((s.weekday + 6) % 7));
        if (day < t0) day = strictlyAfter(t0, s.weekday);
      }
      if (wd !== undefined && wdOf(day) !== wd) {
        // The other reading: the nearest date (±3 days) that has the bracketed weekday.
        const near = [-3, -2, -1, 1, 2, 3].map((k) => plus(day, k)).find((x) => wdOf(x) === wd);
        const later = near && near > day ? near : day;
        return { deadline: roll(later, c), inconsistent: true };
      }
      return plain(roll(day, c));
    }
    case 'period': {
      let d: string;
      if (s.p === 'week_end') {
        const mon = plus(monday(t0), 7 * s.k);
        d = backTo(plus(mon, 6), mon, c) ?? roll(plus(mon, 6), c);
      } else if (s.p === 'week_until') {
        const edge = plus(monday(t0), 7 * s.k + ((s.weekday + 6) % 7));
        d = backTo(edge, plus(edge, -366), c) ?? roll(edge, c);
      } else if (s.p === 'week_start') d = roll(plus(monday(t0), 7 * s.k), c);
      else if (s.p === 'month_end' || s.p === 'year_end') {
        const [y, m] = s.p === 'year_end' ? [y0, 12] : monthOf(t0, s.rel, s.month);
        d = backTo(ymd(y, m, lastDay(y, m)), ymd(y, m, 1), c) ?? roll(ymd(y, m, lastDay(y, m)), c);
      } else if (s.p === 'month_part') {
        const [y, m] = monthOf(t0, s.rel, s.month);
        d = roll(ymd(y, m, s.day), c);
      } else throw new Error('unknown period');
      return plain(d < t0 ? roll(t0, c) : d);
    }
    default:
      throw new Error(`no deadline for ${s.kind}`);
  }
}

export interface Expected {
  kind: string;
  ambiguous: boolean;
  inconsistent: boolean;
  deadline: string | null;
  earliestInquiry: string | null;
  recommendedInquiry: string | null;
  silentAfter: string | null;
}

/** The four dates by the table "The four dates" of spec/promises.md. */
export function expectedFor(
  s: Semantics,
  t0: string,
  c: CalendarConfig,
  passOnly: boolean,
): Expected {
  if (s.kind === 'unparsed') {
    return {
      kind: s.kind,
      ambiguous: false,
      inconsistent: false,
      deadline: null,
      earliestInquiry: null,
      recommendedInquiry: null,
      silentAfter: null,
    };
  }
  if (s.kind === 'unspecified') {
    return {
      kind: s.kind,
      ambiguous: false,
      inconsistent: false,
      deadline: null,
      earliestInquiry: passOnly ? null : roll(plus(t0, 7), c),
      recommendedInquiry: passOnly ? null : roll(plus(t0, 10), c),
      silentAfter: plus(t0, 14),
    };
  }
  const { deadline, inconsistent } = deadlineOf(s, t0, c);
  const late = [plus(deadline, 7), plus(t0, 14)].sort()[1] ?? null;
  return {
    kind: s.kind,
    ambiguous: s.kind === 'days' && s.n <= 5,
    inconsistent,
    deadline,
    earliestInquiry: passOnly ? null : next(deadline, c),
    recommendedInquiry: passOnly ? null : roll(plus(deadline, 3), c),
    silentAfter: passOnly ? addB(deadline, 2, c) : late,
  };
}
