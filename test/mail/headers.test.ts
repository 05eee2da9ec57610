import { describe, expect, it } from 'vitest';
import { parseAddressList } from '../../src/adapters/mail/address.js';
import { decodeHeaderValue } from '../../src/adapters/mail/header-words.js';
import { parseMailDate } from '../../src/adapters/mail/mail-date.js';
import { encode } from './mime-builder.js';

const latin1 = (b: Buffer): string => b.toString('latin1');
const b64 = (text: string, e: 'JIS' | 'SJIS' | 'UTF8'): string =>
  encode(text, e).toString('base64');

describe('parseMailDate keeps the sender offset', () => {
  it.each([
    ['Fri, 20 Nov 2026 10:05:00 +0900', '2026-11-20T10:05:00+09:00'],
    ['20 Nov 2026 01:05:09 GMT', '2026-11-20T01:05:09+00:00'],
    ['Fri, 20 Nov 26 10:05 JST', '2026-11-20T10:05:00+09:00'],
    ['Mon, 2 Feb 2026 23:59:59 -0500 (EST)', '2026-02-02T23:59:59-05:00'],
    ['Tue, 01 Dec 2026 09:00:00 +0900 (JST)', '2026-12-01T09:00:00+09:00'],
  ])('%s → %s', (input, expected) => expect(parseMailDate(input)).toBe(expected));

  it.each(['', 'tomorrow', '31 Feb 2026 10:00:00 +0900', '2026-11-20 10:00'])(
    '%j → null',
    (input) => expect(parseMailDate(input)).toBeNull(),
  );
});

describe('decodeHeaderValue', () => {
  it.each([
    ['plain ASCII stays', 'Re: interview', 'Re: interview'],
    [
      'text around a word keeps its spaces',
      `Re: =?UTF-8?B?${b64('選考', 'UTF8')}?= のご連絡`,
      'Re: 選考 のご連絡',
    ],
    [
      'two charsets side by side',
      `=?UTF-8?B?${b64('選考', 'UTF8')}?= =?ISO-2022-JP?B?${b64('結果', 'JIS')}?=`,
      '選考結果',
    ],
    [
      'lower-case b and q',
      `=?utf-8?b?${b64('内定', 'UTF8')}?= =?utf-8?q?=E9=9D=A2_=E8=AB=87?=`,
      '内定面 談',
    ],
    [
      'a label TextDecoder lacks falls back to detection',
      `=?x-unknown?B?${b64('面接', 'SJIS')}?=`,
      '面接',
    ],
    ['CP932 extensions in ISO-2022-JP', `=?ISO-2022-JP?B?${b64('①㈱～', 'JIS')}?=`, '①㈱～'],
  ])('%s', (_name, input, expected) => expect(decodeHeaderValue(input).text).toBe(expected));

  it('reads raw EUC-JP and ISO-2022-JP bytes in a header', () => {
    expect(decodeHeaderValue(latin1(encode('一次面接のご案内', 'JIS'))).text).toBe(
      '一次面接のご案内',
    );
    expect(
      decodeHeaderValue(
        latin1(Buffer.concat([Buffer.from('Re: '), encode('一次面接のご案内', 'SJIS')])),
      ).text,
    ).toBe('Re: 一次面接のご案内');
  });
});

describe('parseAddressList', () => {
  it.each([
    ['a@x.jp', [{ address: 'a@x.jp', name: '' }]],
    [
      '"Yamada, Taro" <t@x.jp>, b@y.jp',
      [
        { address: 't@x.jp', name: 'Yamada, Taro' },
        { address: 'b@y.jp', name: '' },
      ],
    ],
    ['saiyo@x.jp (採用担当)', [{ address: 'saiyo@x.jp', name: '採用担当' }]],
    [
      '採用チーム: a@x.jp, b@x.jp;',
      [
        { address: 'a@x.jp', name: '' },
        { address: 'b@x.jp', name: '' },
      ],
    ],
    ['undisclosed-recipients:;', []],
    [`=?UTF-8?B?${b64('人事部', 'UTF8')}?= <hr@x.jp>`, [{ address: 'hr@x.jp', name: '人事部' }]],
  ])('%s', (input, expected) => expect(parseAddressList(input, [])).toEqual(expected));

  it('a Shift_JIS trail byte 0x5C (ソ) is not an escape', () => {
    const raw = Buffer.concat([
      Buffer.from('"'),
      encode('ソフト開発部', 'SJIS'),
      Buffer.from('" <dev@x.jp>'),
    ]);
    expect(parseAddressList(latin1(raw), [])).toEqual([
      { address: 'dev@x.jp', name: 'ソフト開発部' },
    ]);
  });
});
