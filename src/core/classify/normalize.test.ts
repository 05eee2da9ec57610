import { describe, expect, it } from 'vitest';
import { cleanBody, normalizeText } from './normalize.js';

describe('normalizeText', () => {
  it.each([
    ['full-width digits and colon', '１２月３日　１０：００', '12月3日 10:00'],
    ['half-width kana', 'ﾒｰﾙ', 'メール'],
    ['wave dash U+301C', '10:00〜11:00', '10:00~11:00'],
    ['full-width tilde U+FF5E', '10:00～11:00', '10:00~11:00'],
    ['HTML line breaks and tags', '<div>一行目<br>二行目</div>', ' 一行目\n二行目\n'],
    ['CRLF', 'a\r\nb', 'a\nb'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('cleanBody', () => {
  it('drops quoted lines and reports the quote', () => {
    const c = cleanBody('承知しました。\n> 今回は見送らせていただきます。');
    expect(c.text).toBe('承知しました。');
    expect(c.hadQuote).toBe(true);
  });

  it('cuts at an Original Message header', () => {
    const c = cleanBody('お礼申し上げます。\n-----Original Message-----\n不採用となりました。');
    expect(c.text).toBe('お礼申し上げます。');
  });

  it('cuts at a Gmail-style "wrote" line', () => {
    const c = cleanBody(
      'ありがとうございます。\n\n2026年11月20日(金) 10:12 採用 <a@b.jp>:\n見送り',
    );
    expect(c.text).not.toContain('見送り');
  });

  it('keeps a line that only names whose message follows (no date, no address)', () => {
    const c = cleanBody(
      'ご連絡です。\n株式会社サンプルからのメッセージ：\n今回は見送りとなりました。',
    );
    expect(c.text).toContain('見送り');
    expect(c.hadQuote).toBe(false);
  });

  it('cuts at an English "On … at 10:12 … wrote:" line', () => {
    const c = cleanBody('Thanks.\nOn Fri, Nov 20, 2026 at 10:12 AM Saiyo <a@b.jp> wrote:\n見送り');
    expect(c.text).toBe('Thanks.');
  });

  it('cuts a signature block after a rule line', () => {
    const body =
      '一行目\n二行目\n三行目\n--------------\n株式会社サンプル 人事部\nTEL: 03-0000-0000';
    expect(cleanBody(body).text).toBe('一行目\n二行目\n三行目');
  });

  it('keeps a rule line that is not followed by contact details', () => {
    const body = '一行目\n二行目\n--------------\n日時: 12月3日';
    expect(cleanBody(body).text).toContain('12月3日');
  });

  it('flags an unsubscribe footer as mass mail', () => {
    expect(cleanBody('新着求人です。\n配信停止はこちら').massMail).toBe(true);
    expect(cleanBody('面接のご案内です。').massMail).toBe(false);
  });
});
