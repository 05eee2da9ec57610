/**
 * Who writes to whom, read from a mail's layout rather than its words: the address block at
 * the top (「株式会社○○ 人事部 採用ご担当者様」 from an applicant, 「○○様」 from a company) and
 * the signature at the bottom (a university or a mobile number, or a department and a
 * switchboard). The model weighs each flag; none decides alone. A company reply in the
 * applicant's own thread ("Re: 面接のお礼") reads much like the applicant's mail word for word,
 * and these flags are what still tells them apart.
 */

/** Flags the envelope can raise, as dense feature ids. */
export const ENVELOPE_FEATURES = [
  'toOrganisation',
  'toPerson',
  'headOrganisation',
  'signatureOrganisation',
  'signatureApplicant',
] as const;

export type EnvelopeFeature = (typeof ENVELOPE_FEATURES)[number];

export const ENVELOPE_LABELS: Readonly<Record<EnvelopeFeature, string>> = {
  toOrganisation: '宛名が会社・部署',
  toPerson: '宛名が個人名だけ',
  headOrganisation: '冒頭に会社名・部署名',
  signatureOrganisation: '署名に部署・会社の連絡先',
  signatureApplicant: '署名に学校・携帯番号',
};

/** Words that name an organisation or a desk, not a person. */
const ORGANISATION =
  /株式会社|有限会社|合同会社|\(株\)|\(有\)|人事|採用|ご?担当者?|御中|事務局|本部|センター|病院|クリニック|医院|法人|学園|市役所|役場|ホテル|Inc\b|Ltd\b|Corp|Recruit|Talent|HR\b/i;
/** The line that names the addressee: it ends with an honorific. */
const ADDRESSEE = /(?:様|さま|御中|殿|さん)\s*$/;
/** A line that is already the message (a sentence), not the address block. */
const SENTENCE = /[。、!?]|です|ます|ございます|お世話/;
const ADDRESS_LINES = 4;

const SIGNATURE_ORGANISATION =
  /株式会社|有限会社|合同会社|人事(?:部|課|グループ|室)|採用(?:担当|チーム|グループ|課|事務局)|代表(?:電話|番号)?|〒|TEL\s*[:：]?\s*0(?![789]0)[1-9]|採用サイト|https?:\/\//i;
const SIGNATURE_APPLICANT =
  /大学|学部|研究科|専門学校|高等学校|高専|[1-4]年(?:生)?\b|学籍|携帯|(?:^|[^0-9])0[789]0-?\d{4}-?\d{4}|gmail|yahoo|icloud|outlook\.(?:jp|com)/im;
const SIGNATURE_CHARS = 240;
const SIGNATURE_LINES = 8;

/**
 * The flags of one mail's own text (quotes already cut) and the signature block the cleaner
 * cut off ("" when there was none).
 */
export function readEnvelope(text: string, signature: string): EnvelopeFeature[] {
  const flags: EnvelopeFeature[] = [];
  let sawOrganisation = false;
  let lines = 0;
  let start = 0;
  while (lines < ADDRESS_LINES && start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    start = end + 1;
    if (line === '') {
      if (lines > 0) break;
      continue;
    }
    if (SENTENCE.test(line)) break;
    lines += 1;
    const organisation = ORGANISATION.test(line);
    if (organisation) sawOrganisation = true;
    if (ADDRESSEE.test(line)) {
      flags.push(organisation ? 'toOrganisation' : 'toPerson');
      break;
    }
  }
  if (sawOrganisation) flags.push('headOrganisation');
  const block = signature !== '' ? signature.slice(0, SIGNATURE_CHARS) : closingLines(text);
  if (SIGNATURE_ORGANISATION.test(block)) flags.push('signatureOrganisation');
  if (SIGNATURE_APPLICANT.test(block)) flags.push('signatureApplicant');
  return flags;
}

/** The last lines after the last sentence: a signature the cleaner found no rule line above. */
function closingLines(text: string): string {
  let end = text.length;
  for (let n = 0; n < SIGNATURE_LINES && end > 0; n += 1) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    if (text.slice(start, end).includes('。')) break;
    end = start - 1;
  }
  return end < 0 ? text : text.slice(Math.max(0, end));
}
