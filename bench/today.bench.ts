import type { ApplicationEvent } from '../src/core/domain/entities.js';
import { STAGES } from '../src/core/domain/stage.js';
import { addDays } from '../src/core/followup/date-math.js';
import {
  type BusinessCalendar,
  computeToday,
  type PromiseReading,
  type TodayApplicationInput,
} from '../src/core/followup/index.js';
import {
  addBusinessDays,
  DEFAULT_CALENDAR,
  isBusinessDay,
  nextBusinessDay,
  rollForward,
} from '../src/core/calendar/index.js';
import { type BenchResult, median, percentile } from './types.js';

/**
 * The pure follow-up policy for one user with 1,000 applications: the whole `today`
 * computation (per-application rules, pipeline, sorting, JSON items), timed per run.
 * Timelines are generated from a seeded PRNG, so every run sees the same data. The
 * storage part (loading the 1,000 timelines) is measured separately by the lead.
 */
const TODAY = '2026-11-30';
const APPLICATIONS = 1_000;
const RUNS = 60;

function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function reading(t0: string, r: number, cal: BusinessCalendar): PromiseReading {
  const passOnly = r < 0.15;
  const deadline =
    r < 0.8 ? cal.rollForward(addDays(t0, 7)) : r < 0.9 ? cal.addBusinessDays(t0, 3) : null;
  return {
    kind: deadline ? 'weeks' : 'unspecified',
    passOnly,
    channel: r < 0.3 ? 'phone' : 'email',
    ambiguous: false,
    deadline,
    earliestInquiry: null,
    recommendedInquiry: null,
    silentAfter: null,
  };
}

/** `spreadDays`: interviews fall on the last N days before TODAY (45: a busy season). */
export function generate(n: number, seed = 20261130, spreadDays = 45): TodayApplicationInput[] {
  const rand = mulberry32(seed);
  // The real calendar (holiday_jp data, year-end closure), bound as the lead will bind it.
  const cal: BusinessCalendar = {
    isBusinessDay: (d) => isBusinessDay(d, DEFAULT_CALENDAR),
    nextBusinessDay: (d) => nextBusinessDay(d, DEFAULT_CALENDAR),
    rollForward: (d) => rollForward(d, DEFAULT_CALENDAR),
    addBusinessDays: (d, n) => addBusinessDays(d, n, DEFAULT_CALENDAR),
  };
  const apps: TodayApplicationInput[] = [];
  for (let i = 0; i < n; i++) {
    const id = `app-${String(i).padStart(4, '0')}`;
    const t0 = addDays(TODAY, -Math.floor(rand() * spreadDays));
    const at = (d: string, h = 12) => `${d}T${String(h).padStart(2, '0')}:00:00+09:00`;
    let k = 0;
    const base = (d: string) => ({
      id: `${id}-e${k++}`,
      applicationId: id,
      occurredAt: at(d),
      recordedAt: at(d),
    });
    const stage = STAGES[Math.floor(rand() * 7)] ?? 'interview_1';
    const events: ApplicationEvent[] = [
      { ...base(t0), type: 'interview', data: { stage, at: at(t0, 14) } },
      {
        ...base(t0),
        id: `${id}-p`,
        type: 'promise',
        data: { text: '1週間以内にご連絡します', t0 },
      },
    ];
    const r = rand();
    if (r < 0.7)
      events.push({
        ...base(t0),
        type: 'email_sent',
        data: { template: 'thanks_after_interview' },
      });
    if (rand() < 0.3)
      events.push({ ...base(addDays(t0, 1)), type: 'note', data: { text: '振り返り: 志望動機' } });
    const after = rand();
    const d = (n: number) => (addDays(t0, n) <= TODAY ? addDays(t0, n) : TODAY);
    if (after < 0.15)
      events.push({
        ...base(d(5)),
        type: 'message',
        data: { messageId: `${id}-m`, category: 'rejection', receivedAt: at(d(5), 10) },
      });
    else if (after < 0.3)
      events.push({
        ...base(d(4)),
        type: 'message',
        data: { messageId: `${id}-m`, category: 'scheduling', receivedAt: at(d(4), 15) },
      });
    else if (after < 0.4)
      events.push({ ...base(d(10)), type: 'email_sent', data: { template: 'inquiry_result' } });
    else if (after < 0.45)
      events.push({
        ...base(d(6)),
        type: 'message',
        data: { messageId: `${id}-m`, category: 'status_update', receivedAt: at(d(6), 11) },
      });
    else if (after < 0.5)
      events.push({
        ...base(d(3)),
        type: 'status',
        data: { outcome: 'withdrawn', reason: '辞退' },
      });
    // A user who keeps using the product closes what it suggests: 9 in 10 applications older
    // than 30 days end with an outcome and a reflection (the rest stay open, move_on pending).
    const old = addDays(t0, 30) < TODAY;
    if (old && rand() < 0.9) {
      const end = addDays(t0, 21);
      const outcome = rand() < 0.8 ? 'rejected' : 'withdrawn';
      events.push(
        { ...base(end), type: 'status', data: { outcome, reason: 'closed' } },
        { ...base(end), type: 'note', data: { text: '振り返り: 次に活かす' } },
      );
    }
    apps.push({
      application: {
        id,
        companyId: `c-${i}`,
        route: 'direct',
        priority: rand() < 0.2 ? 'first' : 'normal',
        createdAt: at(addDays(t0, -20)),
      },
      company: {
        id: `c-${i}`,
        name: `株式会社テスト${i % 97}`,
        domains: [],
        calendar: { closedWeekdays: [], closedDates: [], obon: false, yearEnd: true },
        hours: { open: '09:00', close: '18:00' },
      },
      events,
      promises: [
        {
          id: `${id}-p`,
          eventId: `${id}-p`,
          text: '1週間以内にご連絡します',
          t0,
          reading: reading(t0, rand(), cal),
        },
      ],
      calendar: cal,
    });
  }
  return apps;
}

/** Wall time per run, and CPU time per run (robust when the shared machine is busy). */
function measure(apps: TodayApplicationInput[]): { times: number[]; cpu: number[]; items: number } {
  const input = { applications: apps };
  for (let i = 0; i < 5; i++) computeToday(input, TODAY); // warm-up (JIT)
  const times: number[] = [];
  const cpu: number[] = [];
  let items = 0;
  for (let i = 0; i < RUNS; i++) {
    const c0 = process.cpuUsage();
    const start = performance.now();
    items = computeToday(input, TODAY).items.length;
    times.push(performance.now() - start);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { times, cpu, items };
}

export default async function bench(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const scenarios = [
    { label: 'busy season', spread: 45, what: 'all interviews in the last 45 days (stress)' },
    { label: 'one year', spread: 365, what: 'interviews spread over 12 months' },
  ];
  for (const s of scenarios) {
    const { times, cpu, items } = measure(generate(APPLICATIONS, 20261130, s.spread));
    const notes = `${APPLICATIONS} applications, ${s.what}; ${items} items due on ${TODAY}; ${RUNS} runs; pure policy with the real calendar, no storage`;
    results.push(
      {
        name: `today policy p50, 1,000 applications (${s.label})`,
        value: median(times),
        unit: 'ms',
        target: 'p95 < 20 ms incl. storage (quality.md)',
        notes,
      },
      {
        name: `today policy p95, 1,000 applications (${s.label})`,
        value: percentile(times, 95),
        unit: 'ms',
        target: 'p95 < 20 ms incl. storage (quality.md)',
        notes,
      },
      {
        name: `today policy CPU p50, 1,000 applications (${s.label})`,
        value: median(cpu),
        unit: 'ms CPU',
        notes: 'process CPU time per run (user + system), less sensitive to other load',
      },
    );
  }
  return results;
}
