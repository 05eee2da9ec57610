import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, startServer, tempDir } from '../support/cli.js';

describe('the data directory', () => {
  it('refuses a second `renraku serve` on the same data directory with a clear message', async () => {
    const data = tempDir();
    const first = await startServer({ RENRAKU_DATA: data });
    try {
      const second = await runCli(['serve', '--port', '0'], { RENRAKU_DATA: data });
      expect(second.code).not.toBe(0);
      expect(second.stderr).toContain('使用中');
      expect(second.stderr).toContain('in use by another Renraku process');
      expect(second.stderr).toContain(`(pid ${first.child.pid})`);
      // The first server is unharmed.
      const health = await fetch(`${first.url}/api/health`);
      expect(health.status).toBe(200);
    } finally {
      await first.stop();
    }
    // Once the owner is gone (even after a crash), the directory can be opened again.
    const again = await runCli(
      [
        'add',
        'interview',
        '--company',
        'テスト株式会社',
        '--stage',
        'interview_1',
        '--at',
        '2026-11-20T10:00',
      ],
      {
        RENRAKU_DATA: data,
      },
    );
    expect(again.code, again.stderr).toBe(0);
  });

  it('is free again after its owner is killed with SIGKILL', async () => {
    const data = tempDir();
    const server = await startServer({ RENRAKU_DATA: data });
    server.child.kill('SIGKILL');
    await new Promise((done) => server.child.once('exit', done));
    const next = await runCli(
      [
        'add',
        'interview',
        '--company',
        'テスト株式会社',
        '--stage',
        'final',
        '--at',
        '2026-11-20T10:00',
      ],
      {
        RENRAKU_DATA: data,
      },
    );
    expect(next.code, next.stderr).toBe(0);
  });

  it('backs up and restores into an empty directory with the same data', async () => {
    const source = tempDir();
    const env = { RENRAKU_DATA: source, RENRAKU_NOW: '2026-11-22T09:00:00+09:00' };
    expect((await runCli(['demo'], env)).code).toBe(0);
    const said = '合格者のみ、１週間以内にメールでご連絡します';
    const add = await runCli(
      [
        'add',
        'interview',
        '--company',
        '株式会社バックアップ',
        '--stage',
        'final',
        '--at',
        '2026-11-20T14:00',
        '--said',
        said,
      ],
      env,
    );
    expect(add.code, add.stderr).toBe(0);
    const dir = tempDir();
    const first = join(dir, 'first.jsonl');
    const second = join(dir, 'second.jsonl');
    expect((await runCli(['backup', first], env)).code).toBe(0);

    const target = tempDir();
    const restored = await runCli(['restore', first, '--json'], { ...env, RENRAKU_DATA: target });
    expect(restored.code, restored.stderr).toBe(0);
    expect((await runCli(['backup', second], { ...env, RENRAKU_DATA: target })).code).toBe(0);

    const rows = (file: string) => readFileSync(file, 'utf8').trim().split('\n').slice(1);
    expect(rows(second)).toEqual(rows(first));
    expect(rows(first).some((line) => line.includes(said))).toBe(true);
    expect(rows(first).filter((line) => line.startsWith('{"t":"companies"'))).toHaveLength(7);

    // Restoring twice would duplicate everything: refused, and nothing changes.
    const again = await runCli(['restore', first], { ...env, RENRAKU_DATA: target });
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('空ではありません');
  });
});
