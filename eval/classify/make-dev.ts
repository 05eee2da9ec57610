import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom as rng } from '../../test/support/seeded-random.js';

/**
 * Builds eval/classify/dev/{train,validation}.jsonl from the hand-written cores in
 * cores-*.txt: each core (the decisive sentences, written by hand) is wrapped in a few
 * different envelopes — greeting, signature, quoted reply, footer, HTML leftovers, width —
 * so the model sees real mail noise. Validation takes whole cores (every 5th per category),
 * so no variant of a validation core is trained on. Deterministic: `npx tsx eval/classify/make-dev.ts`.
 */
interface Core {
  key: string;
  /**
   * Written as a whole mail (cores-wN-*: greeting, signature, footer and quotes as the sender
   * wrote them), so its variants add no greeting or signature of their own.
   */
  whole: boolean;
  category: string;
  reapplyWelcome: boolean;
  template: boolean;
  subject: string;
  body: string;
}

const here = import.meta.dirname;
const VARIANTS = 4;

function readCores(): Core[] {
  const cores: Core[] = [];
  for (const file of readdirSync(here)
    .filter((f) => /^cores-.*\.txt$/.test(f))
    .sort()) {
    const blocks = readFileSync(join(here, file), 'utf8').split(/^===$/m);
    blocks.forEach((block, i) => {
      const lines = block.trim().split('\n');
      const [category, reapply, template] = (lines[0] ?? '').split('|');
      const subject = (lines[1] ?? '').replace(/^件名:/, '');
      cores.push({
        key: `${file.replace(/^cores-|\.txt$/g, '')}-${String(i + 1).padStart(2, '0')}`,
        whole: /^cores-w\d+-/.test(file),
        category: category ?? 'other',
        reapplyWelcome: reapply === '1',
        template: template === '1',
        subject,
        body: lines.slice(2).join('\n'),
      });
    });
  }
  return cores;
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

const NAMES = ['山田', '佐藤', '鈴木', '高橋', '伊藤', '渡辺', '中村', '小林', '加藤', '吉田'];
const COMPANIES = [
  '株式会社ミナトデータ',
  '株式会社ハルカ電機',
  'アオバ食品株式会社',
  '株式会社トワ',
  '株式会社ルミナ',
  '合同会社ソラトキ',
];
const OPENINGS_IN = [
  (n: string, c: string) => `${n}様\n\nお世話になっております。\n${c} 人事部 採用担当です。\n`,
  (n: string, c: string) => `${n} 様\n\n${c}採用チームの木村です。\n`,
  (n: string) => `${n}様\n\nいつもお世話になっております。\n`,
  () => '',
  (n: string, c: string) => `${c}\n${n}様\n\nこんにちは。\n`,
];
const CLOSINGS_IN = [
  '何卒よろしくお願いいたします。',
  '引き続きよろしくお願いいたします。',
  '',
  'ご不明な点がございましたら、お気軽にお問い合わせください。',
];
const SIGNATURES_IN = [
  (c: string) =>
    `\n----------------------------------\n${c}\n人事部 採用担当 木村\nTEL: 03-1234-5678\nE-mail: saiyo@example.co.jp\n----------------------------------`,
  (c: string) =>
    `\n━━━━━━━━━━━━━━━━\n${c} 採用事務局\n〒100-0001 東京都千代田区1-1\n━━━━━━━━━━━━━━━━`,
  () => '',
  (c: string) => `\n${c}\n採用担当`,
];
const FOOTERS = [
  '',
  '\n※本メールは送信専用のアドレスからお送りしています。',
  '\n本メールに心当たりのない方は、お手数ですが破棄してください。',
  '\n配信停止をご希望の方は、マイページの配信設定から変更してください。',
];
const OPENINGS_OUT = [
  (_n: string, c: string) => `${c}\n人事部 採用ご担当者様\n\nお世話になっております。\n`,
  (_n: string, c: string) => `${c} 採用担当 木村様\n\n`,
  () => '',
];
const SIGNATURES_OUT = [
  (n: string) =>
    `\n--\n${n} 太郎\n〇〇大学 経済学部 4年\nTEL: 090-0000-0000\nMail: taro@example.ac.jp`,
  (n: string) => `\n${n}`,
  () => '',
];
const QUOTES_TO_OUT = [
  '> 選考の結果、誠に残念ながら今回は不採用となりました。\n> 今後のご活躍をお祈り申し上げます。',
  '> 以下の候補日からご都合の良い日時をお知らせください。\n> 12月3日 10:00~',
  '> 二次面接にお進みいただきたく、ご連絡いたしました。',
  '> 履歴書のご提出をお願いいたします。',
];
const USER_SUBJECTS = [
  '面接のお礼',
  '選考状況のお伺い',
  '面接日程について',
  '応募書類の送付',
  'ご質問',
];
const QUOTES_TO_IN = [
  '> 先日は面接の機会をいただき、ありがとうございました。\n> 選考結果についてお伺いしたくご連絡いたしました。',
  '> 日程について承知いたしました。よろしくお願いいたします。',
  '> 職務経歴書を添付いたします。',
];

/** Full-width digits and Latin letters, as some Japanese mailers still write them. */
function widen(text: string): string {
  return text.replace(/[0-9A-Za-z:]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}

function variant(core: Core, v: number): Record<string, unknown> {
  const r = rng(
    v * 7919 + core.key.length * 104729 + [...core.key].reduce((a, ch) => a + ch.charCodeAt(0), 0),
  );
  const name = pick(r, NAMES);
  const company = pick(r, COMPANIES);
  const out = core.category === 'outgoing';
  const core1 = core.body.replaceAll('〇〇', name);
  const parts: string[] = [];
  const massMail = core.category === 'other' && r() < 0.5;
  if (core.whole) {
    parts.push(core1);
  } else if (out) {
    parts.push(
      pick(r, OPENINGS_OUT)(name, company),
      core1,
      '\nよろしくお願いいたします。',
      pick(r, SIGNATURES_OUT)(name),
    );
  } else {
    parts.push(
      pick(r, OPENINGS_IN)(name, company),
      core1,
      pick(r, CLOSINGS_IN),
      pick(r, SIGNATURES_IN)(company),
    );
    parts.push(massMail ? (FOOTERS[3] ?? '') : pick(r, FOOTERS.slice(0, 3)));
  }
  // Companies answer in the applicant's thread too: "Re: <the applicant's subject>".
  const threaded = !out && !core.subject.startsWith('Re:') && r() < 0.15;
  const isReply = threaded || core.subject.startsWith('Re:') || r() < 0.2;
  if (isReply) {
    const header = pick(r, [
      '\n\n-----Original Message-----\nFrom: ' +
        (out ? 'saiyo@example.co.jp' : 'taro@example.ac.jp'),
      `\n\n2026年11月20日(金) 10:12 ${out ? company : name} <x@example.jp>:`,
      '\n',
    ]);
    parts.push(header, pick(r, out ? QUOTES_TO_OUT : QUOTES_TO_IN));
  }
  let body = parts.filter((p) => p !== '').join('\n');
  if (core.whole && v === 0) {
    // The first variant of a whole mail is the mail exactly as written.
    body = core1;
  } else {
    if (r() < 0.2) body = widen(body);
    if (r() < 0.15) body = body.replaceAll('~', '〜');
    if (r() < 0.15) body = `<div>${body.replaceAll('\n', '<br>\n')}</div>`;
  }
  const subject0 =
    v === 0 || core.subject === ''
      ? core.subject
      : r() < 0.25
        ? `${core.subject}（${company}）`
        : core.subject;
  const subject = threaded ? `Re: ${pick(r, USER_SUBJECTS)}` : subject0;
  return {
    id: `${core.key}-v${v}`,
    subject,
    body,
    from: out
      ? 'taro@example.ac.jp'
      : pick(r, ['saiyo@example.co.jp', 'no-reply@mypage.example.jp', 'agent@career.example.com']),
    category: core.category,
    reapplyWelcome: core.reapplyWelcome,
    template: core.template,
    notes: `core ${core.key}`,
  };
}

const cores = readCores();
const perCategory = new Map<string, number>();
const train: string[] = [];
const validation: string[] = [];
for (const core of cores) {
  const n = (perCategory.get(core.category) ?? 0) + 1;
  perCategory.set(core.category, n);
  const target = n % 5 === 0 ? validation : train;
  for (let v = 0; v < VARIANTS; v += 1) target.push(JSON.stringify(variant(core, v)));
}
writeFileSync(join(here, 'dev', 'train.jsonl'), `${train.join('\n')}\n`);
writeFileSync(join(here, 'dev', 'validation.jsonl'), `${validation.join('\n')}\n`);
console.log(`cores ${cores.length}; train ${train.length}; validation ${validation.length}`);
