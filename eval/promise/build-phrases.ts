import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CalendarConfig, DEFAULT_CALENDAR } from '../../src/core/calendar/calendar-config.js';
import { TEMPLATES, type Template } from './phrase-templates.js';
import { expectedFor } from './reference.js';

/**
 * `npx tsx eval/promise/build-phrases.ts` writes phrases.jsonl: each hand-labeled template
 * (phrase-templates.ts) on several interview days and company calendars, with the four
 * dates from the independent reference (reference.ts), never from src/core.
 */
const CALENDARS: Record<string, Partial<CalendarConfig> | undefined> = {
  default: undefined,
  closedWed: { closedWeekdays: [3] },
  obon: { obon: true },
  noYearEnd: { yearEnd: false },
  closedDates: {
    closedDates: ['2026-11-27', '2026-12-01', '2026-05-07', '2026-09-24', '2027-01-04'],
  },
  wedObonNoYearEnd: { closedWeekdays: [3], obon: true, yearEnd: false },
};
const T0S = [
  '2026-04-24', // Fri before Golden Week
  '2026-04-28', // Tue, 4/29 昭和の日 next day
  '2026-05-01', // Fri, 5/2–5/6 closed (5/6 振替休日)
  '2026-05-07', // Thu after Golden Week
  '2026-09-17', // Thu before Silver Week (9/21 敬老の日, 9/22 国民の休日, 9/23 秋分の日)
  '2026-09-18', // Fri
  '2026-12-20', // Sun: dates in January roll into next year
  '2026-12-23', // Wed: spec example 3
  '2026-12-25', // Fri
  '2026-12-28', // Mon: last business day of the year
  '2026-11-20', // Fri: spec examples 1 and 2 (11/23 勤労感謝の日)
  '2027-03-19', // Fri before 3/22 春分の日 振替休日
  '2026-01-30', // Fri, month end
  '2026-08-31', // Mon, month end
  '2027-02-26', // Fri, last business day of February
  '2026-08-07', // Fri before 8/11 山の日 and お盆
  '2026-08-12', // Wed, お盆 starts tomorrow
  '2026-07-17', // Fri before 7/20 海の日
  '2026-10-09', // Fri before 10/12 スポーツの日
  '2026-11-18', // Wed
];
const NAMES = Object.keys(CALENDARS);
const COMBOS = T0S.flatMap((t0) => NAMES.map((cal) => [t0, cal] as const));

function combosFor(t: Template, i: number): (readonly [string, string])[] {
  if (t.t0s)
    return t.t0s.flatMap((t0) => [[t0, 'default'] as const, [t0, NAMES[(i % 5) + 1]!] as const]);
  const picked = new Set<number>();
  for (let j = 0; picked.size < 4; j++) picked.add((i * 37 + j * 53) % COMBOS.length);
  return [...picked].map((k) => COMBOS[k]!);
}

const CHANNELS = { e: 'email', p: 'phone', w: 'portal' } as const;
const lines: string[] = [];
// The spec's three worked examples first, exactly as written there (spec/promises.md).
const all: [Template, string, string][] = [
  [{ text: '1週間以内にご連絡します', sem: { kind: 'weeks', n: 1 } }, '2026-11-20', 'default'],
  [{ text: '3日以内に', sem: { kind: 'days', n: 3 } }, '2026-11-20', 'default'],
  [{ text: '1週間以内', sem: { kind: 'weeks', n: 1 } }, '2026-12-23', 'default'],
];
TEMPLATES.forEach((t, i) => {
  for (const [t0, cal] of combosFor(t, i)) all.push([t, t0, cal]);
});
all.forEach(([t, t0, calName], n) => {
  const partial = CALENDARS[calName];
  const calendar = { ...DEFAULT_CALENDAR, ...partial };
  const passOnly = t.passOnly ?? false;
  const e = expectedFor(t.sem, t0, calendar, passOnly);
  lines.push(
    JSON.stringify({
      id: `p${String(n + 1).padStart(3, '0')}`,
      text: t.text,
      from: t0,
      ...(partial ? { calendar: partial } : {}),
      kind: e.kind,
      passOnly,
      channel: t.channel ? CHANNELS[t.channel] : null,
      ambiguous: e.ambiguous,
      ...(e.inconsistent ? { inconsistent: true } : {}),
      deadline: e.deadline,
      earliestInquiry: e.earliestInquiry,
      recommendedInquiry: e.recommendedInquiry,
      silentAfter: e.silentAfter,
    }),
  );
});
writeFileSync(join(import.meta.dirname, 'phrases.jsonl'), `${lines.join('\n')}\n`);
console.log(`wrote ${lines.length} phrases`);
