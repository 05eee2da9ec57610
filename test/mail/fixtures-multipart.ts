import { BODY, BODY_UTF8, DATE, enc, type Fixture, SUBJECT } from './fixture-text.js';
import { base64Lines, bWords, encode, message, qEncode } from './mime-builder.js';

const HTML = '<html><body><p>山田 太郎 様</p><p>二次面接のご案内です。</p></body></html>';
const PDF = Buffer.from('%PDF-1.4\n% 履歴書のテンプレート\n%%EOF\n', 'utf8');
const HEAD = (type: string): string[] => [
  'From: saiyo@sample.co.jp',
  'To: taro@example.jp',
  `Subject: ${bWords(encode(SUBJECT, 'JIS'), 'ISO-2022-JP')}`,
  DATE,
  'MIME-Version: 1.0',
  `Content-Type: ${type}`,
];
const part = (headers: string[], body: string | Buffer): Buffer =>
  Buffer.concat([
    Buffer.from(`${headers.join('\r\n')}\r\n\r\n`, 'latin1'),
    typeof body === 'string' ? Buffer.from(body, 'latin1') : body,
    Buffer.from('\r\n'),
  ]);

function multipart(type: string, boundary: string, parts: Buffer[], close = true): Buffer {
  const chunks: Buffer[] = [Buffer.from('This is a multi-part message in MIME format.\r\n')];
  for (const p of parts) chunks.push(Buffer.from(`--${boundary}\r\n`), p);
  if (close) chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return message(HEAD(`${type}; boundary="${boundary}"`), Buffer.concat(chunks));
}

const jisText = part(
  ['Content-Type: text/plain; charset=ISO-2022-JP', 'Content-Transfer-Encoding: 7bit'],
  enc(BODY, 'JIS'),
);
const utfHtml = part(
  ['Content-Type: text/html; charset=UTF-8', 'Content-Transfer-Encoding: quoted-printable'],
  qEncode(encode(HTML, 'UTF8')),
);

/** RFC 2231 percent-encoding of raw bytes (ESC and all 8-bit bytes escaped). */
const percent = (bytes: Buffer): string =>
  [...bytes]
    .map((b) =>
      /[A-Za-z0-9._-]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');

export const ATTACHMENT_NAMES = ['履歴書_山田太郎.pdf', '職務経歴書（山田）.pdf'];

export const MULTIPART_FIXTURES: Fixture[] = [
  {
    name: 'multipart/alternative: ISO-2022-JP text and UTF-8 HTML',
    raw: multipart('multipart/alternative', 'alt-1', [jisText, utfHtml]),
    expected: { subject: SUBJECT, text: BODY, html: HTML, used: 'iso-2022-jp' },
  },
  {
    name: 'HTML only (Shift_JIS base64): the text is a rendering of the HTML',
    raw: message(
      [...HEAD('text/html; charset=Shift_JIS'), 'Content-Transfer-Encoding: base64'],
      base64Lines(encode(HTML, 'SJIS')),
    ),
    expected: {
      subject: SUBJECT,
      text: '山田 太郎 様\n\n二次面接のご案内です。',
      html: HTML,
      used: 'shift_jis',
    },
  },
  {
    name: 'charset only in the HTML <meta>',
    raw: multipart('multipart/alternative', 'meta-1', [
      part(
        ['Content-Type: text/html', 'Content-Transfer-Encoding: 8bit'],
        encode(
          `<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><body>${BODY}</body></html>`,
          'SJIS',
        ),
      ),
    ]),
    expected: { subject: SUBJECT, used: 'shift_jis' },
  },
  {
    name: 'Japanese attachment names: RFC 2231 and encoded-word',
    raw: multipart('multipart/mixed', 'mix-1', [
      part(
        ['Content-Type: text/plain; charset=UTF-8', 'Content-Transfer-Encoding: 8bit'],
        Buffer.from(BODY_UTF8),
      ),
      part(
        [
          'Content-Type: application/pdf',
          `Content-Disposition: attachment; filename*=UTF-8''${encodeURIComponent(ATTACHMENT_NAMES[0]!)}`,
          'Content-Transfer-Encoding: base64',
        ],
        base64Lines(PDF),
      ),
      part(
        [
          `Content-Type: application/pdf; name="${bWords(encode(ATTACHMENT_NAMES[1]!, 'JIS'), 'ISO-2022-JP')}"`,
          `Content-Disposition: attachment; filename="${bWords(encode(ATTACHMENT_NAMES[1]!, 'JIS'), 'ISO-2022-JP')}"`,
          'Content-Transfer-Encoding: base64',
        ],
        base64Lines(PDF),
      ),
    ]),
    expected: {
      text: BODY_UTF8,
      attachments: ATTACHMENT_NAMES.map((filename) => ({
        filename,
        contentType: 'application/pdf',
        size: PDF.length,
      })),
    },
  },
  {
    name: 'attachment names as raw Shift_JIS bytes and RFC 2231 in ISO-2022-JP',
    raw: multipart('multipart/mixed', 'mix-2', [
      part(['Content-Type: text/plain; charset=UTF-8'], Buffer.from(BODY_UTF8)),
      part(
        [
          `Content-Type: application/pdf; name="${encode(ATTACHMENT_NAMES[0]!, 'SJIS').toString('latin1')}"`,
          `Content-Disposition: attachment; filename="${encode(ATTACHMENT_NAMES[0]!, 'SJIS').toString('latin1')}"`,
          'Content-Transfer-Encoding: base64',
        ],
        base64Lines(PDF),
      ),
      part(
        [
          'Content-Type: application/pdf',
          `Content-Disposition: attachment; filename*=ISO-2022-JP''${percent(encode(ATTACHMENT_NAMES[1]!, 'JIS'))}`,
          'Content-Transfer-Encoding: base64',
        ],
        base64Lines(PDF),
      ),
    ]),
    expected: {
      attachments: ATTACHMENT_NAMES.map((filename) => ({
        filename,
        contentType: 'application/pdf',
        size: PDF.length,
      })),
    },
  },
  {
    name: 'unterminated multipart keeps what arrived',
    raw: multipart('multipart/mixed', 'cut-1', [jisText], false),
    expected: { subject: SUBJECT, text: BODY, problems: [/not terminated/] },
  },
];

export { multipart, part };
