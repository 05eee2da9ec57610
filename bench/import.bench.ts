import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateMbox } from '../test/mail/fixtures.js';
import type { BenchResult } from './types.js';

const MESSAGES = 50_000;
const ROOT = join(import.meta.dirname, '..');

/**
 * `renraku import` end to end on a generated 50,000-message mailbox (ISO-2022-JP, Shift_JIS,
 * UTF-8): decode, classify, find dates, link, store in SQLite with synchronous=FULL. Runs the
 * built CLI as its own process under /usr/bin/time, so the peak RSS is the import's alone.
 */
export default async function bench(): Promise<BenchResult[]> {
  const cli = join(ROOT, 'dist', 'cli', 'main.js');
  if (!existsSync(cli)) throw new Error('run `npm run build` first');
  const dir = mkdtempSync(join(tmpdir(), 'renraku-import-'));
  try {
    const mbox = join(dir, 'mail.mbox');
    const { bytes } = await generateMbox(mbox, MESSAGES);
    const run = spawnSync(
      '/usr/bin/time',
      ['-f', '%e %M', process.execPath, cli, 'import', mbox, '--json'],
      {
        env: { ...process.env, RENRAKU_DATA: join(dir, 'data') },
        encoding: 'utf8',
      },
    );
    if (run.status !== 0) throw new Error(run.stderr);
    const summary = JSON.parse(run.stdout) as { imported: number };
    const [seconds, kb] = (run.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number) as [
      number,
      number,
    ];
    return [
      {
        name: `import .mbox end to end (${MESSAGES.toLocaleString('en-US')} messages, ${Math.round(bytes / 2 ** 20)} MB)`,
        value: MESSAGES / seconds,
        unit: 'msg/s',
        target: '≥ 2,000',
        notes: `${seconds} s wall incl. process start; imported ${summary.imported}`,
      },
      { name: 'import .mbox peak RSS', value: kb / 1024, unit: 'MB', target: '< 300 MB' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
