import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import {
  base64Lines,
  bWords,
  encode,
  type FixtureEncoding,
  MIME_CHARSET,
  message,
  qEncode,
} from './mime-builder.js';
import { seededRandom as random } from '../support/seeded-random.js';

/** The senders of generated mail (named in each signature, so the import links by name). */
export const COMPANIES = [
  '株式会社サンプル',
  '東都商事株式会社',
  '㈱みらいテック',
  '北辰エンジニアリング株式会社',
  '合同会社さくら企画',
];
const SUBJECTS = [
  '【{c}】選考結果のご連絡',
  '【{c}】二次面接日程のご案内',
  '{c} 採用担当より：書類提出のお願い',
  '【重要】{c} 最終面接のご案内',
  'Re: 一次面接のお礼（山田太郎）',
  '【{c}】エントリー受付完了のお知らせ',
];
const PARAGRAPHS = [
  'この度は数ある企業の中から弊社の求人にご応募いただき、誠にありがとうございました。',
  '先日はお忙しい中、一次面接にお越しいただきありがとうございました。',
  '慎重に選考を重ねました結果、誠に残念ながら今回はご期待に沿いかねる結果となりました。',
  '選考の結果、次の選考にお進みいただくことになりましたので、ご連絡いたします。',
  '二次面接の候補日：①12月1日（火）10:00～11:00 ②12月2日（水）14:00～15:00 ③12月4日（金）16:00～17:00',
  'ご都合のよい日時を11月27日（金）までにご返信いただけますでしょうか。',
  '履歴書および職務経歴書をPDF形式にて、提出期限までにマイページよりご提出ください。',
  '選考結果につきましては、1週間以内を目処にメールにてご連絡いたします。',
  'なお、選考に関するお問い合わせは下記の採用担当までお願いいたします。',
  '山田様の今後一層のご活躍を心よりお祈り申し上げます。',
  'From the hiring team: thank you for your time.',
];
const SIGNATURE =
  '\n──────────────\n{c} 人事部 採用担当 髙橋\nTEL：03-1234-5678\nMail：saiyo@example.co.jp\n──────────────\n';
const ENCODINGS: FixtureEncoding[] = ['JIS', 'JIS', 'SJIS', 'UTF8'];

/** One realistic message (1–3 KB of text), in a mix of charsets, transfer encodings and structures. */
export function generateMessage(index: number, rand = random(index + 1)): Buffer {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const company = pick(COMPANIES);
  const e = ENCODINGS[index % ENCODINGS.length]!;
  const lines = ['山田 太郎 様', ''];
  const target = 1000 + Math.floor(rand() * 2000);
  while (Buffer.byteLength(lines.join('\n')) < target / 2.2) lines.push(pick(PARAGRAPHS), '');
  const body = (lines.join('\n') + SIGNATURE.replaceAll('{c}', company)).replace(/\n/g, '\r\n');
  const bytes = encode(body, e);
  const cte =
    e === 'JIS' ? '7bit' : e === 'SJIS' ? 'base64' : rand() < 0.5 ? 'quoted-printable' : '8bit';
  const content =
    cte === 'base64' ? base64Lines(bytes) : cte === 'quoted-printable' ? qEncode(bytes) : bytes;
  const subject = pick(SUBJECTS).replace('{c}', company);
  const head = [
    `From: ${bWords(encode(`${company} 採用担当`, e), MIME_CHARSET[e])} <saiyo@example.co.jp>`,
    'To: taro@example.jp',
    `Subject: ${bWords(encode(subject, e), MIME_CHARSET[e])}`,
    `Date: ${new Date(Date.UTC(2026, 0, 1) + index * 600_000).toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <gen-${index}@example.co.jp>`,
    'MIME-Version: 1.0',
  ];
  const textHeaders = [
    `Content-Type: text/plain; charset=${MIME_CHARSET[e]}`,
    `Content-Transfer-Encoding: ${cte}`,
  ];
  // Every fifth message is multipart/alternative with an HTML part, as ATS mail often is.
  if (index % 5 !== 4) return message([...head, ...textHeaders], content);
  const html = encode(`<html><body><p>${body.replace(/\r\n/g, '<br>')}</p></body></html>`, 'UTF8');
  const boundary = `alt-${index}`;
  const multipart = Buffer.concat([
    Buffer.from(`--${boundary}\r\n${textHeaders.join('\r\n')}\r\n\r\n`),
    typeof content === 'string' ? Buffer.from(content, 'latin1') : content,
    Buffer.from(
      `\r\n--${boundary}\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n`,
    ),
    Buffer.from(`${base64Lines(html)}\r\n--${boundary}--\r\n`),
  ]);
  return message(
    [...head, `Content-Type: multipart/alternative; boundary="${boundary}"`],
    multipart,
  );
}

/** mboxrd: a `From ` line (after any `>`s) in a body gets one more `>`. */
export function escapeFromLines(raw: Buffer): Buffer {
  const text = raw.toString('latin1');
  return /^>*From /m.test(text) ? Buffer.from(text.replace(/^(>*From )/gm, '>$1'), 'latin1') : raw;
}

/**
 * Streams `count` generated messages into an mboxrd file (never held in memory at once).
 * @example await generateMbox('/tmp/box.mbox', 50_000)
 */
export async function generateMbox(path: string, count: number): Promise<{ bytes: number }> {
  const out = createWriteStream(path);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const chunk = Buffer.concat([
      Buffer.from(`From saiyo@example.co.jp Fri Nov 20 10:05:00 2026\n`),
      escapeFromLines(generateMessage(i)),
      Buffer.from('\n\n'),
    ]);
    bytes += chunk.length;
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return { bytes };
}
