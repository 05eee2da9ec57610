import { describe, expect, it } from 'vitest';
import { type EnvelopeFeature, readEnvelope } from './envelope.js';
import { cleanBody } from './normalize.js';

function flags(body: string): EnvelopeFeature[] {
  const c = cleanBody(body);
  return readEnvelope(c.text, c.signature);
}

describe('readEnvelope (who writes to whom)', () => {
  it.each<[string, string, EnvelopeFeature[], EnvelopeFeature[]]>([
    [
      'an applicant to a company desk',
      '株式会社ルミナ\n人事部 採用ご担当者様\n\nお世話になっております。山田です。',
      ['toOrganisation', 'headOrganisation'],
      ['toPerson'],
    ],
    [
      'a company to a person',
      '山田 花子 様\n\nお世話になっております。株式会社ルミナの木村です。',
      ['toPerson'],
      ['toOrganisation', 'headOrganisation'],
    ],
    [
      'a company header line above the person',
      '株式会社ルミナ\n山田様\n\nこんにちは。',
      ['toPerson', 'headOrganisation'],
      ['toOrganisation'],
    ],
    [
      'a mail that starts with its message',
      'ご応募ありがとうございます。\n山田様',
      [],
      ['toPerson'],
    ],
    [
      'a department signature below a rule line',
      '山田様\n\n本文です。\n\n━━━━━━━━━━━━━━━━\n株式会社ルミナ 人事部\nTEL: 03-1234-5678',
      ['signatureOrganisation'],
      ['signatureApplicant'],
    ],
    [
      'a student signature with no rule line',
      'よろしくお願いいたします。\n\n--\n山田太郎\n〇〇大学 経済学部 4年\nTEL: 090-1234-5678',
      ['signatureApplicant'],
      ['signatureOrganisation'],
    ],
    [
      'a sentence that names a university is not a signature',
      '山田様\n\n〇〇大学での研究についてもお聞かせください。',
      [],
      ['signatureApplicant'],
    ],
  ])('%s', (_, body, present, absent) => {
    const got = flags(body);
    for (const f of present) expect(got).toContain(f);
    for (const f of absent) expect(got).not.toContain(f);
  });

  it('reads at most the first four lines as the address block', () => {
    expect(flags('a\nb\nc\nd\n株式会社ルミナ 人事部 御中\n\n本文')).not.toContain('toOrganisation');
  });
});
