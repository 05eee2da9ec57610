import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { type DeadlineIo, registerDeadlineCommand } from './deadline.js';

async function run(args: string[], io: Partial<DeadlineIo> = {}): Promise<string> {
  let out = '';
  const program = new Command('renraku').exitOverride();
  registerDeadlineCommand(program, {
    stdout: (chunk) => {
      out += chunk;
    },
    readStdin: async () => '',
    readFile: () => {
      throw new Error('no file');
    },
    today: () => '2026-11-20',
    ...io,
  });
  await program.parseAsync(['node', 'renraku', 'deadline', ...args]);
  return out;
}

describe('renraku deadline', () => {
  it('prints the dates and the explanation in Japanese by default', async () => {
    const out = await run(['1週間以内にご連絡します']); // --from defaults to today (2026-11-20)
    expect(out).toContain('連絡期限: 11月27日（金）');
    expect(out).toContain('問い合わせ可: 11月30日（月）');
    expect(out).toContain('出典: 003');
  });

  it('prints English with --lang en', async () => {
    const out = await run(['--from', '2026-11-20', '--lang', 'en', '3日以内']);
    expect(out).toContain('deadline: Thu Nov 26 (2026-11-26)');
    expect(out).toContain('ambiguous (early reading Tue Nov 24 (2026-11-24)');
  });

  it('prints JSON with --json, using a calendar file', async () => {
    const out = await run(['--from', '2026-11-24', '--calendar', 'cal.json', '--json', '明日'], {
      readFile: () => '{"closedWeekdays":[3]}',
    });
    // 明日 = Wed 11/25, closed on Wednesdays → Thu 11/26
    expect(JSON.parse(out)).toMatchObject({
      t0: '2026-11-24',
      kind: 'date',
      deadline: '2026-11-26',
    });
  });

  it('fails in Japanese and English on a bad date', async () => {
    await expect(run(['--from', '11/20', '1週間'])).rejects.toThrow(
      /日付が読めません.*cannot read/,
    );
  });

  it('--jsonl: one line out per line in, same order; bad lines do not stop the batch', async () => {
    const input = [
      '{"id":"c1","from":"2026-11-20","text":"1週間以内にご連絡します","calendar":{"closedWeekdays":[3],"obon":true,"yearEnd":true,"closedDates":["2026-12-01"]}}',
      '{not json',
      '{"id":"c3","from":"2026-11-20"}',
      '',
      '{"id":"c4","from":"2026-12-23T10:00:00+09:00","text":"1週間以内"}',
    ].join('\n');
    const out = await run(['--jsonl'], { readStdin: async () => input });
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toEqual({
      id: 'c1',
      kind: 'weeks',
      passOnly: false,
      channel: null,
      ambiguous: false,
      deadline: '2026-11-27',
      earliestInquiry: '2026-11-30',
      recommendedInquiry: '2026-11-30',
      silentAfter: '2026-12-04',
    });
    expect(lines[1]).toMatchObject({ id: null, kind: 'unparsed' });
    expect(lines[2]).toMatchObject({ id: 'c3', kind: 'unparsed' });
    expect(lines[2]?.error).toMatch(/text/);
    expect(lines[3]).toMatchObject({ id: 'c4', deadline: '2027-01-04' });
  });
});
