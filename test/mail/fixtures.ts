import { BODY, BODY_UTF8, DATE, enc, FROM_NAME, SUBJECT, type Fixture } from './fixture-text.js';
import {
  base64Lines,
  bWords,
  encode,
  type FixtureEncoding,
  MIME_CHARSET,
  message,
  qEncode,
  qWords,
} from './mime-builder.js';

export { generateMbox } from './mbox-generator.js';
export * from './fixture-text.js';

function basic(
  e: FixtureEncoding,
  subject: string,
  cte: '7bit' | '8bit' | 'base64' | 'quoted-printable',
  body = e === 'UTF8' ? BODY_UTF8 : BODY,
): Buffer {
  const bytes = enc(body, e);
  const content =
    cte === 'base64' ? base64Lines(bytes) : cte === 'quoted-printable' ? qEncode(bytes) : bytes;
  return message(
    [
      `From: ${bWords(encode(FROM_NAME, e), MIME_CHARSET[e])} <saiyo@sample.co.jp>`,
      'To: taro@example.jp',
      `Subject: ${subject}`,
      DATE,
      `Message-ID: <${e.toLowerCase()}-${cte}@sample.co.jp>`,
      'MIME-Version: 1.0',
      `Content-Type: text/plain; charset=${MIME_CHARSET[e]}`,
      `Content-Transfer-Encoding: ${cte}`,
    ],
    content,
  );
}

const sjisSubject = encode(SUBJECT, 'SJIS');
const eucSubject = encode(SUBJECT, 'EUCJP');
const utfSubject = encode(SUBJECT, 'UTF8');

export const BASIC_FIXTURES: Fixture[] = [
  {
    name: 'ISO-2022-JP 7bit, B subject, CP932 extensions',
    raw: basic('JIS', bWords(encode(SUBJECT, 'JIS'), 'ISO-2022-JP'), '7bit'),
    expected: { subject: SUBJECT, text: BODY, fromName: FROM_NAME, used: 'iso-2022-jp' },
  },
  {
    name: 'Shift_JIS base64, B subject split mid-character',
    raw: basic('SJIS', bWords(sjisSubject, 'Shift_JIS', [5, 17]), 'base64'),
    expected: { subject: SUBJECT, text: BODY, fromName: FROM_NAME, used: 'shift_jis' },
  },
  {
    name: 'EUC-JP quoted-printable, Q subject split mid-character',
    raw: basic('EUCJP', qWords(eucSubject, 'EUC-JP', [3, 20]), 'quoted-printable'),
    expected: { subject: SUBJECT, text: BODY, fromName: FROM_NAME, used: 'euc-jp' },
  },
  {
    name: 'UTF-8 quoted-printable, Q subject split mid-character, 〜 kept',
    raw: basic('UTF8', qWords(utfSubject, 'UTF-8', [4, 11, 25]), 'quoted-printable'),
    expected: { subject: SUBJECT, text: BODY_UTF8, fromName: FROM_NAME, used: 'utf-8' },
  },
  {
    name: 'UTF-8 base64, B subject split mid-character',
    raw: basic('UTF8', bWords(utfSubject, 'utf-8', [7]), 'base64'),
    expected: { subject: SUBJECT, text: BODY_UTF8, used: 'utf-8' },
  },
];

export { BROKEN_FIXTURES, MISLABELLED_FIXTURES } from './fixtures-broken.js';
export { MULTIPART_FIXTURES } from './fixtures-multipart.js';
