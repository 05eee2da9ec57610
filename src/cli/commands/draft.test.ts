import { Command } from 'commander';
import { describe, expect, it, vi } from 'vitest';
import { SHUKATSU_PROFILE, sampleContext } from '../../core/drafts/sample-contexts.js';
import { TEMPLATE_IDS } from '../../core/drafts/types.js';
import { registerDraftCommand } from './draft.js';

async function run(...args: string[]): Promise<{ out: string; calls: string[][] }> {
  let out = '';
  const calls: string[][] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  try {
    const program = new Command('renraku').exitOverride();
    registerDraftCommand(program, async (applicationId, templateId) => {
      calls.push([applicationId, templateId]);
      return sampleContext(SHUKATSU_PROFILE, true);
    });
    await program.parseAsync(['node', 'renraku', 'draft', ...args]);
    return { out, calls };
  } finally {
    spy.mockRestore();
  }
}

describe('renraku draft', () => {
  it('prints {"template","subject","body","findings"} from the loader', async () => {
    const { out, calls } = await run('inquiry_result', '--application', 'app-1', '--json');
    expect(calls).toEqual([['app-1', 'inquiry_result']]);
    const json = JSON.parse(out) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['template', 'subject', 'body', 'findings']);
    expect(json.template).toBe('inquiry_result');
    expect(json.subject).toBe('選考結果に関するご確認（東都大学 山田 太郎）');
    expect(json.findings).toEqual([]);
  }, 30_000);

  it('prints a phone script for people', async () => {
    const { out } = await run('phone_absent', '--application', 'app-1');
    expect(out).toContain('あなた：');
    expect(out).toContain('指摘はありません');
  }, 30_000);

  it('lists the catalogue', async () => {
    const { out } = await run('--list', '--json');
    const list = JSON.parse(out) as { id: string }[];
    expect(list.map((t) => t.id)).toEqual([...TEMPLATE_IDS]);
    const human = await run('--list');
    expect(human.out).toContain('reinquiry');
    expect(human.out).toContain('出典: 002');
  });

  it('refuses an unknown template and a missing application', async () => {
    await expect(run('nope', '--application', 'a')).rejects.toMatchObject({ exitCode: 2 });
    await expect(run('reinquiry')).rejects.toMatchObject({ exitCode: 2 });
  });
});
