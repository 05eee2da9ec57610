import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TodayInput } from '../../core/followup/index.js';
import {
  WEEK_READING,
  application,
  company,
  ev,
  promise,
} from '../../core/followup/testing/fixtures.js';
import { createTestCalendar } from '../../core/followup/testing/test-calendar.js';
import { registerCalendarCommand } from './calendar.js';
import { registerTodayCommand } from './today.js';

const input: TodayInput = {
  applications: [
    {
      application,
      company,
      events: [
        ev.interview('2026-11-20'),
        ev.promise('2026-11-20', '1週間以内にご連絡します'),
        ev.reflection('2026-11-20'),
      ],
      promises: [promise('2026-11-20', '1週間以内にご連絡します', WEEK_READING)],
      calendar: createTestCalendar(),
    },
  ],
};

// 2026-11-29T16:30Z is Mon 11/30 01:30 in Tokyo: the default date is Tokyo's, not UTC's.
const clock = () => new Date('2026-11-29T16:30:00Z');

async function run(args: string[]): Promise<{ out: string; dates: string[] }> {
  const dates: string[] = [];
  const load = async (d: string) => {
    dates.push(d);
    return input;
  };
  const program = new Command('renraku').exitOverride();
  registerTodayCommand(program, load, clock);
  registerCalendarCommand(program, load, clock);
  let out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  await program.parseAsync(['node', 'renraku', ...args]);
  vi.restoreAllMocks();
  return { out, dates };
}

afterEach(() => vi.restoreAllMocks());

describe('renraku today', () => {
  it('--json prints exactly the interfaces.md array', async () => {
    const { out } = await run(['today', '--date', '2026-11-30', '--json']);
    const items = JSON.parse(out) as Record<string, unknown>[];
    expect(items.map((i) => i.action)).toEqual(['check_missed', 'inquire', 'pipeline']);
    expect(Object.keys(items[1] ?? {})).toEqual([
      'applicationId',
      'company',
      'action',
      'from',
      'recommended',
      'reason',
      'source',
    ]);
    expect(items[1]).toMatchObject({
      applicationId: 'a1',
      company: '株式会社サンプル',
      from: '2026-11-30',
      recommended: '2026-11-30',
      source: '003',
    });
  });
  it('a wait carries until', async () => {
    const { out } = await run(['today', '--date', '2026-11-25', '--json']);
    const items = JSON.parse(out) as Record<string, unknown>[];
    expect(items.find((i) => i.action === 'wait')).toMatchObject({
      from: '2026-11-20',
      until: '2026-11-27',
    });
  });
  it('defaults to the date in Asia/Tokyo and prints Japanese', async () => {
    const { out, dates } = await run(['today']);
    expect(dates).toEqual(['2026-11-30']);
    expect(out).toContain('今日やること 2026-11-30');
    expect(out).toContain('株式会社サンプル — 結果について問い合わせる');
  });
  it('rejects a malformed date', async () => {
    await expect(run(['today', '--date', '11/30'])).rejects.toThrow('YYYY-MM-DD');
  });
});

describe('renraku calendar', () => {
  it('writes an .ics file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'renraku-ics-')), 'renraku.ics');
    const { out } = await run(['calendar', file, '--date', '2026-11-25', '--json']);
    expect(JSON.parse(out)).toEqual({ file, events: 4 });
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('BEGIN:VCALENDAR');
    expect(text).toContain('UID:a1.inquire@renraku.local');
  });
});
