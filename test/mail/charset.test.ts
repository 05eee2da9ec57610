import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/adapters/mail/charset-decode.js';
import { encode } from './mime-builder.js';

const TEXT = '①面接は12月1日10:00～11:00、㈱サンプル本社にて';
const JIS = (hex: string): Buffer =>
  Buffer.concat([
    Buffer.from('1b2442', 'hex'),
    Buffer.from(hex, 'hex'),
    Buffer.from('1b2842', 'hex'),
  ]);

describe('decodeBytes: declared vs detected', () => {
  it.each([
    ['ISO-2022-JP', 'JIS', 'iso-2022-jp'],
    ['Shift_JIS', 'SJIS', 'shift_jis'],
    ['CP932', 'SJIS', 'shift_jis'],
    ['windows-31j', 'SJIS', 'shift_jis'],
    ['EUC-JP', 'EUCJP', 'euc-jp'],
    ['UTF-8', 'UTF8', 'utf-8'],
  ] as const)('%s bytes labelled correctly', (label, e, used) => {
    const decoded = decodeBytes(encode(TEXT, e), label);
    expect(decoded).toMatchObject({
      text: TEXT,
      problem: null,
      charset: { declared: label, used },
    });
  });

  it.each([
    ['SJIS', 'shift_jis'],
    ['EUCJP', 'euc-jp'],
    ['JIS', 'iso-2022-jp'],
    ['UTF8', 'utf-8'],
  ] as const)('unlabelled %s bytes are detected', (e, used) => {
    const decoded = decodeBytes(encode(TEXT, e), null);
    expect(decoded.text).toBe(TEXT);
    expect(decoded.charset).toEqual({ declared: null, detected: used, used });
  });

  it('pure ASCII without a label is not a problem', () => {
    expect(decodeBytes(Buffer.from('Thank you.'), null).problem).toBeNull();
  });

  it('NEC row 13 symbols in ISO-2022-JP (Outlook writes ≒ as ESC$B 2D70)', () => {
    expect(decodeBytes(JIS('2d702d712d72'), 'ISO-2022-JP').text).toBe('≒≡∫');
  });

  it('reports bytes that map to nothing', () => {
    const decoded = decodeBytes(Buffer.from([0x82, 0xa0, 0x82, 0xa2, 0x85, 0x40]), 'Shift_JIS');
    expect(decoded.text).toContain('\uFFFD');
    expect(decoded.problem).toMatch(/could not be decoded/);
  });

  it('trusts a non-Japanese label on non-Japanese text', () => {
    const decoded = decodeBytes(Buffer.from('caf\xe9 cr\xe8me', 'latin1'), 'iso-8859-1');
    expect(decoded).toMatchObject({ text: 'café crème', problem: null });
  });
});
