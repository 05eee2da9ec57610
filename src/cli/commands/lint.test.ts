import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderDraft, draftToText } from '../../core/drafts/render.js';
import { SHUKATSU_PROFILE, sampleContext } from '../../core/drafts/sample-contexts.js';
import { registerLintCommand } from './lint.js';

const dir = mkdtempSync(join(tmpdir(), 'renraku-lint-'));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function run(...args: string[]): Promise<{ out: string; exitCode: number }> {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  process.exitCode = 0;
  try {
    const program = new Command('renraku').exitOverride();
    registerLintCommand(program);
    await program.parseAsync(['node', 'renraku', 'lint', ...args]);
    return { out, exitCode: Number(process.exitCode ?? 0) };
  } finally {
    spy.mockRestore();
    process.exitCode = 0;
  }
}

afterEach(() => vi.restoreAllMocks());

describe('renraku lint', () => {
  const good = draftToText(renderDraft('inquiry_result', sampleContext(SHUKATSU_PROFILE, true)));

  it('prints exactly {"findings":[…]} and exits 1 on an error', async () => {
    const path = file('bad.txt', `${good}\n至急ご回答ください。\n`);
    const { out, exitCode } = await run(path, '--json');
    const json = JSON.parse(out) as { findings: Record<string, unknown>[] };
    expect(Object.keys(json)).toEqual(['findings']);
    const demanding = json.findings.find((f) => f.rule === 'no-demanding');
    expect(demanding && Object.keys(demanding)).toEqual([
      'rule',
      'severity',
      'message',
      'line',
      'column',
    ]);
    expect(demanding).toMatchObject({
      severity: 'error',
      line: good.split('\n').length + 1,
      column: 1,
    });
    expect(exitCode).toBe(1);
  }, 30_000);

  it('exits 0 on a generated draft and says so in Japanese', async () => {
    const { out, exitCode } = await run(file('good.txt', good));
    expect(out).toContain('指摘はありません');
    expect(exitCode).toBe(0);
  }, 30_000);

  it('checks speech with --medium phone', async () => {
    const path = file('call.txt', 'あなた：山田 太郎と申します。貴社の面接の件です。\n');
    const { out, exitCode } = await run(path, '--medium', 'phone', '--product-only');
    expect(out).toMatch(/エラー 〔kisha-onsha〕/);
    expect(exitCode).toBe(1);
  });

  it('uses the parts a template requires', async () => {
    const path = file('vm.txt', 'あなた：山田 太郎と申します。11月20日（金）の面接の件です。\n');
    const { out } = await run(path, '--template', 'phone_voicemail', '--product-only', '--json');
    expect(out).toContain('折り返し先の電話番号が見つかりません');
  });

  it('refuses an unreadable file with exit status 2', async () => {
    await expect(run(join(dir, 'missing.txt'))).rejects.toMatchObject({ exitCode: 2 });
  });
});
