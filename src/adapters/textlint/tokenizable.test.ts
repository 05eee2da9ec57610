import { describe, expect, it } from 'vitest';
import { createTextlintLinter, tokenizable } from './textlint-linter.js';

describe('tokenizable: text kuromoji can read, every offset kept', () => {
  it.each([
    ['a\u0000b', 'a b'],
    ['x\ud800y', 'x\ufffdy'],
    ['\udfffz', '\ufffdz'],
    ['😀\ud83d', '😀\ufffd'],
    ['ＡＢＣ　ｶﾅ👨‍👩‍👧', 'ＡＢＣ　ｶﾅ👨‍👩‍👧'],
  ])('%j → %j', (input, expected) => {
    expect(tokenizable(input)).toBe(expected);
    expect(tokenizable(input)).toHaveLength(input.length);
  });

  it('lints text with NUL and lone surrogates without throwing (fuzzing found the crash)', async () => {
    const linter = await createTextlintLinter();
    await expect(linter.lint('が\u0000が、x\ud800y')).resolves.toBeInstanceOf(Array);
  }, 30_000);
});
