import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { decodeMessage } from '../../src/adapters/mail/decode.js';
import { readEmlFolder } from '../../src/adapters/mail/eml-folder.js';
import { BASIC_FIXTURES, SUBJECT } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'renraku-eml-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('yields .eml files recursively in a stable order, skipping other files', async () => {
  mkdirSync(join(dir, 'b', 'nested'), { recursive: true });
  mkdirSync(join(dir, 'a'));
  const files = ['b/nested/2.eml', 'a/1.EML', 'b/0.eml', 'z.eml', '選考/結果.eml'];
  mkdirSync(join(dir, '選考'));
  for (const [i, f] of files.entries()) {
    writeFileSync(join(dir, f), BASIC_FIXTURES[i % BASIC_FIXTURES.length]!.raw);
  }
  writeFileSync(join(dir, 'notes.txt'), 'not mail');

  const seen: string[] = [];
  for await (const { index, path, raw } of readEmlFolder(dir)) {
    expect(index).toBe(seen.length);
    seen.push(relative(dir, path));
    const decoded = await decodeMessage(raw);
    expect(decoded.ok && decoded.subject).toBe(SUBJECT);
  }
  expect(seen).toEqual(['a/1.EML', 'b/0.eml', 'b/nested/2.eml', 'z.eml', '選考/結果.eml']);
});
