import { describe, expect, it } from 'vitest';
import { classifyMessage } from './index.js';

/**
 * The shipped model on a handful of representative messages, written for this test (not in
 * the training set). If a retrained model fails one, look at the data, not at this list.
 */
describe('classifyMessage (shipped model)', () => {
  it.each([
    [
      'polite rejection with the ambiguous subject',
      '選考結果のご連絡',
      '先日は面接にお越しいただきありがとうございました。社内で慎重に検討を重ねましたが、誠に残念ながら今回は採用を見送ることとなりました。末筆ながら今後のご活躍を心よりお祈り申し上げます。',
      'rejection',
    ],
    [
      'pass with the same subject, and dates to pick (pass + dates = next_step)',
      '選考結果のご連絡',
      '一次面接の結果、ぜひ二次面接にお進みいただきたくご連絡しました。以下の候補日からご都合の良い日時をお選びください。',
      'next_step',
    ],
    [
      'delay notice',
      '選考状況について',
      '現在、選考に時間を要しており、ご連絡が遅れております。申し訳ございません。来週中には改めてご連絡いたします。',
      'status_update',
    ],
    [
      'offer',
      '内定のご連絡',
      '厳正なる選考の結果、内定とさせていただくことになりました。労働条件通知書を添付します。',
      'offer',
    ],
    [
      'outgoing inquiry that quotes 不採用',
      '選考結果についてのお伺い',
      '先日面接を受けさせていただきました山田と申します。不採用の場合もご連絡をいただけるのか、お伺いしたくご連絡いたしました。お忙しいところ恐縮ですが、よろしくお願いいたします。',
      'outgoing',
    ],
  ])('%s', (_name, subject, body, category) => {
    expect(classifyMessage({ subject, body }).category).toBe(category);
  });

  it('flags a rejection that welcomes re-application', () => {
    const c = classifyMessage({
      subject: '選考結果',
      body: '誠に残念ながら今回は見送らせていただきます。他のポジションでも募集しておりますので、改めてご応募ください。',
    });
    expect(c.category).toBe('rejection');
    expect(c.reapplyWelcome).toBe(true);
    expect(c.template).toBe(true);
    expect(c.cues.length).toBeGreaterThan(0);
  });

  it('ignores the rejection words in a quoted reply', () => {
    const c = classifyMessage({
      subject: 'Re: 面接日程',
      body: '承知いたしました。12月3日 10:00でお願いいたします。\n> 誠に残念ながら今回は見送り',
      from: 'me@example.jp',
      userAddresses: ['me@example.jp'],
    });
    expect(c.direction).toBe('outgoing');
  });
});
