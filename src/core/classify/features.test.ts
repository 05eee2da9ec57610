import { describe, expect, it } from 'vitest';
import { devTexts } from '../../../test/support/classify-dev.js';
import { scoreFeatures } from './classifier.js';
import {
  DENSE_FEATURES,
  DENSE_INDEX,
  extractFeatures,
  latinWordRows,
  scoreMessage,
} from './features.js';
import type { LinearModel } from './model-types.js';
import { MODEL } from './models/ja-linear@3.js';

function denseIds(subject: string, body: string): string[] {
  const f = extractFeatures(subject, body, 16);
  return f.index.filter((i) => i < DENSE_FEATURES.length).map((i) => DENSE_FEATURES[i] ?? '');
}

describe('cue features', () => {
  it.each([
    ['今回は見送らせていただきます', 'b:decline_decision'],
    ['誠に残念ながら', 'b:regret'],
    ['ご期待に沿えない結果となりました', 'b:not_meet_expect'],
    ['次の選考にお進みいただきたく', 'b:advance'],
    ['ご都合の良い日時をお知らせください', 'b:choose_dates'],
    ['履歴書をご提出ください', 'b:documents'],
    ['内々定をお出しすることになりました', 'b:offer_word'],
    ['オファー面談を設けたく', 'b:offer_meeting'],
    ['選考に時間を要しており', 'b:in_progress'],
    ['応募を受け付けました', 'b:received'],
    ['配信停止はこちら', 'b:mass'],
    ['貴社の面接を受けた', 'b:you_company'],
    ['再度のご応募をお待ちしております', 'b:reapply'],
  ])('%s → %s', (body, id) => {
    expect(denseIds('', body)).toContain(id);
  });

  it.each([
    ['今回は次のステップにお進みいただくことはできかねます', 'b:pass_negated', 'b:advance'],
    ['次の選考へのご案内を差し控えることとなりました', 'b:pass_negated', 'b:pass'],
    ['誠に残念ながら、次の選考にはご案内できないこととなりました', 'b:pass_negated', 'b:pass'],
    ['内定をお出しすることができない結果となりました', 'b:pass_negated', 'b:offer_decision'],
    ['書類選考を通過された方にのみご連絡いたします', 'b:pass_if', 'b:pass_negated'],
    ['今回は次の選考へお進みいただけないこととなりました', 'b:pass_negated', 'b:advance'],
    ['不採用のご連絡をいたします', 'b:decline_decision', 'b:offer_decision'],
    ['不採用を決定いたしました', 'b:decline_decision', 'b:offer_word'],
    ['選考の結果が出るまで今しばらくお時間をいただけますか', 'b:in_progress', 'b:result_follows'],
  ])('scope: %s → %s, not %s', (body, present, absent) => {
    const ids = denseIds('', body);
    expect(ids).toContain(present);
    expect(ids).not.toContain(absent);
  });

  it('reads 合同会社 as a company form, not a joint job fair (mass mail)', () => {
    expect(denseIds('', '合同会社ソラトキ 人事部の木村です')).not.toContain('b:mass');
    expect(denseIds('', '合同説明会を開催します')).toContain('b:mass');
  });

  it.each([
    ['二次面接にお進みいただきたく', 'b:advance'],
    ['一次面接の結果、通過となりました', 'b:pass'],
    ['二次面接通過おめでとうございます', 'b:pass'],
    ['結果：通過', 'b:pass'],
    ['書類選考の結果、面接にお越しいただきたくご連絡いたしました', 'b:pass'],
    ['〇〇様を正社員として採用することに決定いたしました', 'b:offer_decision'],
    ['結果のご連絡は来週後半になる予定です', 'b:in_progress'],
    ['慎重に検討した結果、今回は', 'b:result_follows'],
    ['〇〇様を内定とさせていただきます', 'b:offer_decision'],
    ['以下の内容で面接予約を受け付けました', 'b:booking'],
    ['合同企業説明会のご案内', 'b:mass'],
    ['カジュアル面談のお申し込み', 'b:casual_talk'],
    ['判断が来週にずれ込むとのことです', 'b:in_progress'],
    ['書類届きました、ありがとうございます', 'b:received'],
    ['二次選考として筆記試験を実施します', 'b:test'],
    ['URLを送ってもらえますか', 'b:submit'],
  ])('%s → %s (not negated)', (body, id) => {
    expect(denseIds('', body)).toContain(id);
  });

  it('is negation-aware: a conditional 不採用の場合 is not a decision', () => {
    expect(denseIds('', '不採用の場合もご連絡いただけますか')).not.toContain('b:decline_decision');
  });

  it('reads the subject separately and flags a reply', () => {
    const ids = denseIds('Re: 選考結果のご連絡', '承知しました');
    expect(ids).toContain('subjectRe');
    expect(ids).not.toContain('noSubject');
    expect(denseIds('', '本文')).toContain('noSubject');
  });

  it('ignores cues inside quoted text', () => {
    const ids = denseIds('', 'ご連絡ありがとうございます。\n> 今回は見送らせていただきます');
    expect(ids).not.toContain('b:decline_decision');
    expect(ids).toContain('hadQuote');
  });

  it('reads full-width text like half-width', () => {
    const a = extractFeatures('', '１２月３日　１０：００', 64);
    const b = extractFeatures('', '12月3日 10:00', 64);
    expect(a.index).toEqual(b.index);
  });

  it('hashes bigrams into the bucket range after the dense rows', () => {
    const f = extractFeatures('件名', 'あいうえお', 8);
    const ngrams = f.index.filter((i) => i >= DENSE_INDEX.size);
    expect(ngrams.length).toBeLessThanOrEqual(4 + 1);
    expect(new Set(ngrams).size).toBe(ngrams.length);
    for (const i of ngrams) expect(i).toBeLessThan(DENSE_INDEX.size + 8);
  });
});

describe('Latin-script words', () => {
  const rows = (text: string) => latinWordRows(text, 1 << 16);

  it('gives a row per word of two letters or more, and one per pair of neighbours', () => {
    expect(rows('あいう')).toEqual([]);
    expect(rows('a b')).toEqual([]);
    expect(rows('offer')).toHaveLength(1);
    expect(rows('offer call')).toHaveLength(3);
    expect(rows('offer call')[0]).toBe(rows('offer')[0]);
  });

  it('reads words case-insensitively, whatever the spacing', () => {
    expect(rows('Offer  Call')).toEqual(rows('offer call'));
  });

  it('does not pair words across punctuation or Japanese text', () => {
    expect(rows('offer。call')).toHaveLength(2);
    expect(rows('offer, call')).toHaveLength(2);
    expect(rows('offer面談call')).toHaveLength(2);
  });

  it('gives the rows of a plain loop over every character, on every dev text', () => {
    // The reading the model was trained with (session 4), kept here as the reference.
    const reference = (text: string, mask: number): number[] => {
      const out: number[] = [];
      let h = 0x811c9dc5;
      let len = 0;
      let prev = 0;
      for (let i = 0; i <= text.length; i += 1) {
        let c = i < text.length ? text.charCodeAt(i) : 0;
        if (c >= 0x41 && c <= 0x5a) c += 0x20;
        if (c >= 0x61 && c <= 0x7a) {
          h = Math.imul(h ^ c, 0x01000193);
          len += 1;
          continue;
        }
        if (len >= 2) {
          const word = Math.imul(h ^ 0x3c6ef372, 0x9e3779b1);
          out.push(word & mask);
          if (prev !== 0) out.push((Math.imul(prev, 0x85ebca77) ^ word) & mask);
          prev = word | 1;
        }
        if (c !== 0x20 && c !== 0x27 && c !== 0x2d) prev = 0;
        h = 0x811c9dc5;
        len = 0;
      }
      return out;
    };
    const texts = devTexts().map((m) => `${m.subject}\n${m.text}`);
    texts.push("it's a well-known fact — don't mix 2 words", 'A b c dd-ee  ff。gg');
    const differ = texts.filter((t) => rows(t).join() !== reference(t, (1 << 16) - 1).join());
    expect(differ).toEqual([]);
  });

  it('counts the words in the feature vector (the rows appear after the dense ones)', () => {
    const jp = extractFeatures('', 'あいう', 1 << 16).index.length;
    const mixed = extractFeatures('', 'あいう offer call', 1 << 16).index.length;
    expect(mixed).toBeGreaterThan(jp + 3);
  });
});

describe('scoreMessage (inference without a feature vector)', () => {
  const cases: [string, string][] = [
    [
      '選考結果のご連絡',
      '誠に残念ながら今回は見送らせていただきます。\n今後のご活躍をお祈りします。',
    ],
    ['Re: 面接日程', '１２月３日 １０：００でお願いいたします。\n> 候補日をお知らせください'],
    ['', '内定のご連絡です。労働条件通知書を添付します。'],
    ['【重要】', 'あいうえお'],
    ['Offer call', "Hi Kenji,\nJust a reminder: your offer call is tomorrow. Let's talk then!"],
  ];

  it.each(cases)(
    'matches bias + scoring the sparse vector (shipped model): %s',
    (subject, body) => {
      const f = extractFeatures(subject, body, MODEL.buckets, DENSE_INDEX);
      const expected = scoreFeatures(MODEL, f.index, f.value);
      const got = scoreMessage(MODEL, DENSE_INDEX, subject, body);
      for (const [c, e] of expected.entries()) expect(got.scores[c]).toBeCloseTo(e, 4);
      expect(got.denseRows).toEqual(f.index.filter((i) => i < DENSE_INDEX.size));
    },
  );

  it('takes the general loop for a model with other than ten categories', () => {
    const two: LinearModel = {
      name: 'two',
      version: 1,
      categories: ['rejection', 'other'],
      features: DENSE_FEATURES,
      buckets: 8,
      weights: Array.from({ length: (DENSE_FEATURES.length + 8) * 2 }, (_, i) => ((i * 7) % 5) - 2),
      bias: [0.5, -0.5],
    };
    for (const [subject, body] of cases) {
      const f = extractFeatures(subject, body, 8, DENSE_INDEX);
      const expected = scoreFeatures(two, f.index, f.value);
      const got = scoreMessage(two, DENSE_INDEX, subject, body);
      for (const [c, e] of expected.entries()) expect(got.scores[c]).toBeCloseTo(e, 9);
    }
  });
});
