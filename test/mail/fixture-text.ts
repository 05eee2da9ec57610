import { encode, type FixtureEncoding } from './mime-builder.js';

/** What a fixture must decode to; fields left out are not checked. */
export interface Expected {
  subject?: string;
  text?: string;
  html?: string | null;
  fromName?: string;
  fromAddress?: string;
  attachments?: { filename: string | null; contentType: string; size: number }[];
  used?: string;
  /** Each pattern must match at least one entry of `problems`. */
  problems?: RegExp[];
}

export interface Fixture {
  name: string;
  raw: Buffer;
  expected: Expected;
}

export const SUBJECT = '【株式会社サンプル】一次面接の結果のご連絡';
// ～ (U+FF5E) is what CP932 reads 0x8160 as; a UTF-8 mail keeps its 〜 (U+301C) as sent.
export const BODY = [
  '山田 太郎 様',
  '',
  'この度は弊社の選考にご応募いただき、誠にありがとうございました。',
  '慎重に選考を重ねました結果、次の選考にお進みいただくことになりました。',
  '①二次面接 12月1日（火）10:00～11:00 ㈱サンプル 本社',
  '',
].join('\n');
export const BODY_UTF8 = BODY.replace('～', '〜');
export const FROM_NAME = '採用担当 髙橋';
export const DATE = 'Date: Fri, 20 Nov 2026 10:05:00 +0900';

export const crlf = (text: string): string => text.replace(/\n/g, '\r\n');
export const enc = (text: string, e: FixtureEncoding): Buffer => encode(crlf(text), e);
