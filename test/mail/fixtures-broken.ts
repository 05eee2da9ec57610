import { BODY, BODY_UTF8, DATE, enc, FROM_NAME, type Fixture, SUBJECT } from './fixture-text.js';
import { encode, message, rawHeader } from './mime-builder.js';

const textMessage = (
  contentType: string | null,
  body: Buffer,
  extra: (string | Buffer)[] = [],
): Buffer =>
  message(
    [
      'From: saiyo@sample.co.jp',
      'Subject: test',
      DATE,
      ...extra,
      ...(contentType ? [`Content-Type: ${contentType}`, 'Content-Transfer-Encoding: 8bit'] : []),
    ],
    body,
  );

export const MISLABELLED_FIXTURES: Fixture[] = [
  {
    name: 'no charset parameter, Shift_JIS bytes',
    raw: textMessage('text/plain', enc(BODY, 'SJIS')),
    expected: { text: BODY, used: 'shift_jis', problems: [/no charset/] },
  },
  {
    name: 'no Content-Type at all, EUC-JP bytes',
    raw: textMessage(null, enc(BODY, 'EUCJP')),
    expected: { text: BODY, used: 'euc-jp', problems: [/no charset/] },
  },
  {
    name: 'iso-8859-1 label on Shift_JIS bytes',
    raw: textMessage('text/plain; charset=iso-8859-1', enc(BODY, 'SJIS')),
    expected: { text: BODY, used: 'shift_jis', problems: [/does not match/] },
  },
  {
    name: 'Shift_JIS label on EUC-JP bytes',
    raw: textMessage('text/plain; charset=Shift_JIS', enc(BODY, 'EUCJP')),
    expected: { text: BODY, used: 'euc-jp', problems: [/does not match/] },
  },
  {
    name: 'ISO-2022-JP label on UTF-8 bytes',
    raw: textMessage('text/plain; charset=ISO-2022-JP', enc(BODY_UTF8, 'UTF8')),
    expected: { text: BODY_UTF8, used: 'utf-8', problems: [/does not match/] },
  },
  {
    name: 'raw Shift_JIS in Subject and From display name',
    raw: message(
      [
        rawHeader(
          'From',
          Buffer.concat([
            Buffer.from('"'),
            encode(FROM_NAME, 'SJIS'),
            Buffer.from('" <saiyo@sample.co.jp>'),
          ]),
        ),
        rawHeader('Subject', encode(SUBJECT, 'SJIS')),
        DATE,
        'Content-Type: text/plain; charset=Shift_JIS',
      ],
      enc(BODY, 'SJIS'),
    ),
    expected: {
      subject: SUBJECT,
      fromName: FROM_NAME,
      fromAddress: 'saiyo@sample.co.jp',
      text: BODY,
      problems: [/raw 8-bit/],
    },
  },
  {
    name: 'raw UTF-8 in Subject (RFC 6532) and an encoded-word name in quotes',
    raw: message(
      [
        `From: "=?UTF-8?B?${Buffer.from(FROM_NAME).toString('base64')}?=" <saiyo@sample.co.jp>`,
        rawHeader('Subject', encode(SUBJECT, 'UTF8')),
        'Content-Type: text/plain; charset=UTF-8',
      ],
      enc(BODY_UTF8, 'UTF8'),
    ),
    expected: { subject: SUBJECT, fromName: FROM_NAME, text: BODY_UTF8 },
  },
  {
    name: 'LF line ends',
    raw: Buffer.from(
      textMessage('text/plain; charset=UTF-8', enc(BODY_UTF8, 'UTF8'))
        .toString('latin1')
        .replace(/\r\n/g, '\n'),
      'latin1',
    ),
    expected: { subject: 'test', text: BODY_UTF8 },
  },
];

/** Inputs that are not mail at all: each must come back `{ ok: false }`, never throw. */
export const BROKEN_FIXTURES: { name: string; raw: Buffer }[] = [
  { name: 'empty', raw: Buffer.alloc(0) },
  { name: 'blank lines', raw: Buffer.from('\r\n\r\n\r\n') },
  {
    name: 'binary garbage',
    raw: Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 137 + 11) % 256)),
  },
  { name: 'text without a header', raw: encode('これはメールではありません。\n', 'SJIS') },
];
