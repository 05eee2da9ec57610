import type { ApplicationEvent } from '../src/core/domain/entities.js';
import { STAGES } from '../src/core/domain/stage.js';
import { addDays } from '../src/core/followup/date-math.js';
import {
  type BusinessCalendar,
  computeToday,
  type PromiseReading,
  type TodayApplicationInput,
} from '../src/core/followup/index.js';
import { createTestCalendar } from '../src/core/followup/testing/test-calendar.js';
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

export function generate(n: number, seed = 20261130): TodayApplicationInput[] {
  const rand = mulberry32(seed);
  const cal = createTestCalendar();
  const apps: TodayApplicationInput[] = [];
  for (let i = 0; i < n; i++) {
    const id = `app-${String(i).padStart(4, '0')}`;
    const t0 = addDays(TODAY, -Math.floor(rand() * 45));
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

export default async function bench(): Promise<BenchResult[]> {
  const input = { applications: generate(APPLICATIONS) };
  for (let i = 0; i < 5; i++) computeToday(input, TODAY); // warm-up (JIT)
  const times: number[] = [];
  let items = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    items = computeToday(input, TODAY).items.length;
    times.push(performance.now() - start);
  }
  const notes = `${APPLICATIONS} applications, ${items} items due on ${TODAY}; ${RUNS} runs; pure policy, no storage`;
  return [
    {
      name: 'today: policy p50 (1,000 applications)',
      value: median(times),
      unit: 'ms',
      target: '< 100 ms',
      notes,
    },
    {
      name: 'today: policy p95 (1,000 applications)',
      value: percentile(times, 95),
      unit: 'ms',
      target: '< 200 ms',
      notes,
    },
  ];
}
