import { describe, expect, it } from 'vitest';
import { devTexts } from '../../../test/support/classify-dev.js';
import {
  addressOf,
  isTemplateRejection,
  reapplyWelcome,
  STAGE_WORDS,
  stageMentioned,
} from './message-rules.js';
import { markText } from './text-marks.js';

describe('stageMentioned', () => {
  it('finds what searching for each stage word on its own finds, on every dev text', () => {
    // The search before the words were joined into one regex (session 5), as the reference:
    // each word of the same table on its own, the earliest match winning.
    const reference = (subject: string, text: string): string | null => {
      let best: string | null = null;
      let at = Number.POSITIVE_INFINITY;
      for (const [stage, re] of STAGE_WORDS) {
        const inSubject = subject === '' ? null : re.exec(subject);
        const m = inSubject ?? re.exec(text);
        const index = m === null ? -1 : inSubject ? m.index : subject.length + 1 + m.index;
        if (m && index < at) {
          best = stage;
          at = index;
        }
      }
      return best;
    };
    const cases = devTexts().map((m) => [m.subject, m.text] as const);
    const differ = cases.filter(([s, t]) => stageMentioned(s, t) !== reference(s, t));
    expect(cases.filter(([s, t]) => stageMentioned(s, t) !== null).length).toBeGreaterThan(1000);
    expect(differ).toEqual([]);
  });

  it("finds the same reading the body's marks as reading it whole, on every dev text", () => {
    const dev = devTexts();
    // Two texts end to end put one's stage words after the other's anchors: a late start.
    const joined = dev.map((m, i) => `${m.text}\n${dev[(i * 31 + 7) % dev.length]?.text}`);
    const texts = [...dev.map((m) => m.text), ...joined];
    const differ = texts.filter((text) => {
      markText('');
      const whole = stageMentioned('', text);
      markText(text);
      return stageMentioned('', text) !== whole;
    });
    expect(differ).toEqual([]);
  });

  it.each([
    ['一次面接の結果', 'interview_1'],
    ['2次面接のご案内', 'interview_2'],
    ['三次面接', 'interview_n'],
    ['最終面接にご参加', 'final'],
    ['オファー面談のご案内', 'offer_meeting'],
    ['Webテストの受検', 'test'],
    ['書類選考の結果', 'document'],
    ['カジュアル面談', 'casual'],
    ['内々定のお知らせ', 'offer'],
    ['ご連絡です', null],
  ])('%s → %s', (text, stage) => {
    expect(stageMentioned('', text)).toBe(stage);
  });

  it('takes the earliest mention (the subject first)', () => {
    expect(stageMentioned('一次面接の結果', '二次面接にお進みください')).toBe('interview_1');
  });

  it.each([
    [
      'a later stage word in the subject beats a body mention',
      '最終面接について',
      '一次面接では',
      'final',
    ],
    ['the earliest of two words in the body', '', 'Webテストの後、二次面接です', 'test'],
    ['a body word when the subject has none', 'ご連絡', '三次面接のご案内', 'interview_n'],
    ['the earlier of two words in the subject', '書類選考と一次面接', '', 'document'],
  ])('%s', (_name, subject, body, stage) => {
    expect(stageMentioned(subject, body)).toBe(stage);
  });
});

describe('addressOf', () => {
  it.each([
    ['山田 <Taro@Example.jp>', 'taro@example.jp'],
    [' a@b.jp ', 'a@b.jp'],
  ])('%s', (from, address) => {
    expect(addressOf(from)).toBe(address);
  });
});

describe('reapplyWelcome', () => {
  it.each([
    // re-application in so many words
    ['再応募', '半年後以降であれば再度ご応募いただくことが可能です。'],
    [
      'またの機会に再挑戦',
      'またの機会がございましたら、ぜひ再度チャレンジしていただければ幸いです。',
    ],
    [
      'a request to apply',
      '来春、新店舗のオープンに伴いスタッフを募集する予定です。その際はぜひご応募ください。',
    ],
    [
      'エントリーをお待ち',
      '秋採用も予定しておりますので、その際は改めてエントリーをお待ちしております。',
    ],
    // a later opening with an invitation
    [
      '来年度 + ご検討',
      '今回はご縁がありませんでしたが、来年度の採用でもぜひエントリーをご検討ください。',
    ],
    [
      '今後 + ご連絡させて',
      '今後、ご経験に合うポジションが出ましたら、こちらからご連絡させていただきます。',
    ],
    ['次回 + ご連絡を差し上げ', '次回の募集開始時には、改めてご連絡を差し上げます。'],
    [
      '新設 + 一緒に働きたい',
      '来年4月に新設予定の開発拠点では、ぜひ一緒に働きたいと考えております。',
    ],
    [
      'タレントプール',
      'タレントプールにご登録いただければ、新しい求人が出た際にお知らせいたします。',
    ],
    [
      '本選考 after an internship',
      '本選考は3月から始まりますので、引き続きマイページをご確認ください。',
    ],
    // another position, branch, course or company
    [
      '別拠点 + ご案内',
      '別拠点(大阪)では同職種の募集がございますので、ご希望であればご案内いたします。',
    ],
    [
      'グループ会社 + ご紹介',
      'グループ会社のサンプル商事でも採用を行っておりますので、ご紹介させていただくことも可能です。',
    ],
    ['他部署 + ご覧ください', '他部署の求人も掲載しておりますので、ぜひご覧ください。'],
    [
      'コースの切り替え',
      'もしよろしければ、サポート職での選考に切り替えることも可能ですので、ご検討ください。',
    ],
    [
      '別のコース + お知らせください',
      '別のコースでの受け直しも可能ですので、ご希望の場合はお知らせください。',
    ],
    // another opening stated as open
    ['他の職種でも随時募集', 'なお、他の職種でも随時募集しております。'],
    [
      '通年で採用',
      '弊社では通年で採用を行っておりますので、半年後以降に改めてご応募いただけます。',
    ],
    // interest asked for on a condition
    [
      'ご興味があれば',
      '物流企画職であれば面接の機会を設けられます。ご興味があればご返信ください。',
    ],
    ['ご関心がございましたら', '現在募集中の営業職にもご関心がございましたら、ご連絡ください。'],
    // the opening, then the invitation in the next sentence
    [
      'follow-up sentence',
      '系列の店舗でもスタッフを探しております。よろしければ店長にお声がけください。',
    ],
    [
      'a link in between',
      '別のポジションも採用サイトに載せています。\nhttps://example.jp/jobs\nぜひご覧ください。',
    ],
    // English
    [
      'future openings',
      "We won't be moving forward, but we'd love to keep your résumé on file for future openings.",
    ],
    ['other roles', 'We encourage you to apply for other roles on our careers page.'],
    ['next year + reach out', 'We will reach out if a suitable position opens up next year.'],
    ['apply again', 'Please feel free to apply again in six months.'],
  ])('%s', (_name, text) => {
    expect(reapplyWelcome(text)).toBe(true);
  });

  it.each([
    ['a wish for the future', '今後のご活躍をお祈り申し上げます。'],
    ['将来のご活躍', '将来のご活躍を心よりお祈りしております。'],
    ['thanks for applying', 'この度はご応募いただきありがとうございました。'],
    ['thanks, once more', '改めまして、ご応募に感謝申し上げます。'],
    ['今後とも', '今後とも弊社をよろしくお願いいたします。'],
    ['ご案内 refused', '誠に残念ながら、次の選考へのご案内はできかねます。'],
    ['re-application refused', 'なお、同一職種への再応募は1年間ご遠慮いただいております。'],
    ['no more contact', '今後、本件についてご連絡を差し上げることはございません。'],
    ['the result will follow', '面接の結果は改めてご連絡いたします。'],
    ['see the result on the my-page', '結果につきましては、マイページにてご確認ください。'],
    ['questions welcome', 'ご不明な点がございましたら、お気軽にお問い合わせください。'],
    [
      'questions after a 本選考 note',
      'なお、今回の結果は本選考に影響いたしません。もしご不明な点がございましたら、ご連絡ください。',
    ],
    ['return of documents', '応募書類の返却をご希望の場合は、ご連絡ください。'],
    ['また as a conjunction', 'また応募書類につきましては、弊社にて責任をもって破棄いたします。'],
    ['other candidates', '他の候補者の方を優先させていただくこととなりました。'],
    ['another person hired', '別の方で採用枠が埋まったため、選考を終了いたしました。'],
    ['this opening closed', '本ポジションの募集は終了いたしました。'],
    ['no plan next year', '来年度の採用予定は現時点では未定です。'],
    ['advice for the next interview', '次回以降の面接対策として、振り返りをおすすめします。'],
    ['good luck elsewhere', '他社での就職活動を心より応援しております。'],
    [
      'a vague see-you-again',
      'ご縁がありましたら、またどこかでお会いできることを楽しみにしております。',
    ],
    [
      'an agent offering other companies',
      '他にもご紹介可能な求人がございますので、改めてご案内させていただきます。',
    ],
    [
      'future endeavours',
      'We wish you the best in your future endeavors. If you have any questions, please let us know.',
    ],
    [
      'other candidates (English)',
      'We have decided to move forward with other candidates whose experience more closely matches our needs.',
    ],
  ])('%s', (_name, text) => {
    expect(reapplyWelcome(text)).toBe(false);
  });
});

describe('isTemplateRejection', () => {
  it("finds the same reading the body's marks as reading it whole, on every dev text", () => {
    const dev = devTexts();
    // End to end, one text's specific words come after the other's anchors: a late start.
    const joined = dev.map((m, i) => `${m.text}\n${dev[(i * 31 + 7) % dev.length]?.text}`);
    const texts = [...dev.map((m) => m.text), ...joined];
    let templates = 0;
    const differ = texts.filter((text) => {
      markText('');
      const whole = isTemplateRejection(text);
      if (whole) templates += 1;
      markText(text);
      return isTemplateRejection(text) !== whole;
    });
    expect(differ).toEqual([]);
    // Both answers occur often: the comparison reads both branches.
    expect(templates).toBeGreaterThan(1000);
    expect(texts.length - templates).toBeGreaterThan(1000);
  });

  it.each([
    [
      'a stock お祈り',
      '慎重に選考を重ねた結果、誠に残念ながら今回はご期待に沿いかねる結果となりました。',
    ],
    ['thanks for the time', '貴重なお時間をいただき、ありがとうございました。'],
    ['貴重なお話 says nothing', '面接では貴重なお話を伺うことができ、ありがとうございました。'],
    ['no reasons given', '選考理由についてはお答えいたしかねますので、ご了承ください。'],
    ['no feedback given', '個別のフィードバックは控えさせていただいております。'],
    ['no comment given', '選考に関するコメントはお控えしております。'],
    ['no details given', '誠に恐縮ですが、選考内容の詳細についてはお伝えしておりません。'],
    [
      'これまでのご経験',
      'これまでのご経験を活かし、今後ますますご活躍されることをお祈り申し上げます。',
    ],
    ['ご経歴を拝見し', 'ご経歴を拝見し、慎重に検討いたしました。'],
    ['社会人経験', '社会人経験を積まれた後、またご縁がありましたら幸いです。'],
    ['応募資格', '応募資格を満たしている方の中から、総合的に判断いたしました。'],
    ['今回の経験', '今回の経験を今後に活かしていただければ幸いです。'],
    ['a full opening', '採用予定人数に達したため、募集を締め切らせていただきました。'],
    ['a report, not a talk', '今回は見送りという話になりました。'],
    ['a wish', '素晴らしいご縁がありますよう、お祈りしております。'],
    [
      'English stock',
      'We regret to inform you that we will not be moving forward with your candidacy.',
    ],
    ['English, no feedback', 'We are unable to provide individual feedback.'],
    ['English footer', 'No reply is required. We wish you all the best.'],
    [
      'English, others chosen',
      'After careful consideration, we have decided to proceed with candidates whose experience more closely matches our needs.',
    ],
  ])('%s', (_name, text) => {
    expect(isTemplateRejection(text)).toBe(true);
  });

  it.each([
    // what they said or did
    ['〇〇のお話', '面接で伺ったサークル運営のお話が印象に残りました。'],
    ['〜た話', '飲食店で売上を立て直した話、とても楽しく伺いました。'],
    ['〇〇について伺い', '物流改善の取り組みについて詳しく伺えたことは、大変参考になりました。'],
    ['という思い', '地域医療に関わりたいという思いは、強く心に残っております。'],
    // what they bring
    ['〇〇での経験', 'ただ、今回はJavaでの開発経験を重視しており、見送りとなりました。'],
    ['実務経験', '経理の実務経験が3年以上必要なポジションのため、今回はお見送りとなりました。'],
    ['作品', '提出いただいた作品からは、色彩感覚の確かさが伝わってきました。'],
    // a concrete reason
    [
      '不足',
      '財務モデリングのスキルが、今回のポジションの要件に対して不足していると判断しました。',
    ],
    [
      '水準に達していない',
      '一方で、マネジメント経験が当社の求める水準に達していないと判断いたしました。',
    ],
    [
      '条件を満たしていない',
      'TOEICのスコアが応募条件を満たしていなかったため、今回は見送りとなりました。',
    ],
    ['〜の方を優先', '今回は夜勤に入れる方を優先させていただきました。'],
    ['懸念', 'ご提案いただいた販促企画は独創的でしたが、実現性の面で懸念が残りました。'],
    ['見たかった', '議論の場面では、もう少し主体性を見たかったというのが率直な感想です。'],
    // an evaluation or feedback
    ['高く評価', '面接官からは、論理的に説明する力が高く評価されていました。'],
    ['〇〇への熱意', '介護の仕事への熱意は十分に伝わってまいりました。'],
    ['a quoted remark', '部長も「数字で語れる方だ」と申しておりました。'],
    // English
    ['impressed by', 'We were impressed by your presentation on supply chain analytics.'],
    [
      'looking for',
      'However, we are looking for someone with more hands-on experience in Kubernetes.',
    ],
    [
      'the role requires',
      'Your portfolio showed strong visual design, but the role requires more UX research.',
    ],
    ['who judged what', 'The panel felt that the pricing case needed a clearer recommendation.'],
    ['the reason given', 'Their main concern was the limited people-management experience.'],
    ['where they struggled', 'Where we struggled was the lack of tests around the payment flow.'],
    [
      'their work named',
      'Your solution to the scheduling exercise was neat, but too slow on large inputs.',
    ],
  ])('%s', (_name, text) => {
    expect(isTemplateRejection(text)).toBe(false);
  });
});
