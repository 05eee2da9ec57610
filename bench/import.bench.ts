import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateMbox } from '../test/mail/fixtures.js';
import { COMPANIES } from '../test/mail/mbox-generator.js';
import type { BenchResult } from './types.js';

const MESSAGES = 50_000;
const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');

/**
 * `renraku import` end to end on a generated 50,000-message mailbox (ISO-2022-JP, Shift_JIS,
 * UTF-8): decode, classify, find dates, link, store in SQLite with synchronous=FULL. Runs the
 * built CLI as its own process under /usr/bin/time, so the peak RSS is the import's alone.
 * Run twice: into empty data, and into data that already has an application with each sending
 * company, so every message is linked (the path that reads applications and events).
 */
export default async function bench(): Promise<BenchResult[]> {
  if (!existsSync(CLI)) throw new Error('run `npm run build` first');
  const dir = mkdtempSync(join(tmpdir(), 'renraku-import-'));
  try {
    const mbox = join(dir, 'mail.mbox');
    const { bytes } = await generateMbox(mbox, MESSAGES);
    const size = `${MESSAGES.toLocaleString('en-US')} messages, ${Math.round(bytes / 2 ** 20)} MB`;
    const plain = timedImport(mbox, join(dir, 'data'));
    const linkedData = join(dir, 'data-linked');
    for (const company of COMPANIES) {
      const add = spawnSync(
        process.execPath,
        [
          CLI,
          'add',
          'interview',
          '--company',
          company,
          '--stage',
          'interview_1',
          '--at',
          '2025-12-20T10:00',
        ],
        { env: { ...process.env, RENRAKU_DATA: linkedData }, encoding: 'utf8' },
      );
      if (add.status !== 0) throw new Error(add.stderr);
    }
    const linked = timedImport(mbox, linkedData);
    return [
      {
        name: `import .mbox end to end (${size})`,
        value: MESSAGES / plain.seconds,
        unit: 'msg/s',
        target: '≥ 2,000',
        notes: `${plain.seconds} s wall incl. process start; imported ${plain.summary.imported}`,
      },
      { name: 'import .mbox peak RSS', value: plain.kb / 1024, unit: 'MB', target: '< 300 MB' },
      {
        name: `import .mbox end to end, every message linked to an application (${size})`,
        value: MESSAGES / linked.seconds,
        unit: 'msg/s',
        target: '≥ 2,000',
        notes: `${linked.seconds} s wall; imported ${linked.summary.imported}, linked ${linked.summary.linked}`,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function timedImport(mbox: string, dataDir: string) {
  const run = spawnSync(
    '/usr/bin/time',
    ['-f', '%e %M', process.execPath, CLI, 'import', mbox, '--json'],
    {
      env: { ...process.env, RENRAKU_DATA: dataDir },
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) throw new Error(run.stderr);
  const summary = JSON.parse(run.stdout) as { imported: number; linked: number };
  const [seconds, kb] = (run.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number) as [
    number,
    number,
  ];
  return { seconds, kb, summary };
}
