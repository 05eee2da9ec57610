import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import {
  type ClassifyIo,
  classifyJsonlLine,
  registerClassifyCommand,
  splitPlainText,
} from './classify.js';

async function run(args: string[], io: Partial<ClassifyIo> = {}): Promise<string> {
  let out = '';
  const program = new Command('renraku').exitOverride();
  registerClassifyCommand(program, {
    stdout: (chunk) => {
      out += chunk;
    },
    readStdin: async () => '',
    readFile: () => {
      throw new Error('no file');
    },
    ...io,
  });
  await program.parseAsync(['node', 'renraku', 'classify', ...args]);
  return out;
}

const REJECTION =
  '件名：選考結果のご連絡\n慎重に検討いたしました結果、誠に残念ながら今回は採用を見送らせていただくことになりました。';

describe('renraku classify', () => {
  it('reads stdin with a 件名 line and prints JSON', async () => {
    const out = await run(['--json'], { readStdin: async () => REJECTION });
    expect(JSON.parse(out)).toMatchObject({ category: 'rejection', direction: 'incoming' });
  });

  it('prints readable text by default', async () => {
    const out = await run(['-'], { readStdin: async () => REJECTION });
    expect(out).toContain('分類 / category: 不採用（rejection）');
  });

  it('batches JSON Lines and keeps going after a bad line', async () => {
    const input = [
      JSON.stringify({ id: 'm1', subject: '選考結果のご連絡', body: REJECTION }),
      '{"id":"m2"}',
      'not json',
    ].join('\n');
    const out = (await run(['--jsonl'], { readStdin: async () => input })).trim().split('\n');
    expect(out).toHaveLength(3);
    expect(JSON.parse(out[0] ?? '')).toEqual({
      id: 'm1',
      category: 'rejection',
      reapplyWelcome: false,
      direction: 'incoming',
      confidence: expect.any(Number),
      dates: [],
    });
    expect(JSON.parse(out[1] ?? '')).toMatchObject({
      id: 'm2',
      error: expect.stringContaining('body'),
    });
    expect(JSON.parse(out[2] ?? '')).toMatchObject({ id: null, error: 'invalid JSON' });
  });

  it('marks mail from --me addresses as outgoing', () => {
    const line = JSON.stringify({ id: 1, body: '不採用', from: 'me@example.jp' });
    expect(JSON.parse(classifyJsonlLine(line, ['me@example.jp']))).toMatchObject({
      category: 'outgoing',
      direction: 'outgoing',
    });
  });

  it('fails in Japanese and English on an empty body', async () => {
    await expect(run([], { readStdin: async () => '  ' })).rejects.toThrow(
      /本文が空です \/ the message body is empty/,
    );
  });
});

describe('splitPlainText', () => {
  it.each([
    ['件名：結果\n本文', '結果', '本文'],
    ['Subject: Result\nbody', 'Result', 'body'],
    ['本文だけ', '', '本文だけ'],
  ])('%s', (text, subject, body) => {
    expect(splitPlainText(text)).toEqual({ subject, body });
  });
});
