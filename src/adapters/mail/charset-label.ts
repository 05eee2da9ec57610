/** The charsets the detection layer tells apart; everything else is `OTHER` (TextDecoder). */
export type CharsetFamily = 'ASCII' | 'UTF8' | 'JIS' | 'SJIS' | 'EUCJP' | 'OTHER';

// Labels seen on Japanese mail in the wild. CP932 names map to SJIS because encoding-japanese's
// SJIS table already carries the CP932 extensions (① 0x8740, ㈱ 0x878D, ～ 0x8160).
const FAMILY_BY_LABEL: Record<string, CharsetFamily> = {
  usascii: 'ASCII',
  ascii: 'ASCII',
  utf8: 'UTF8',
  iso2022jp: 'JIS',
  iso2022jp1: 'JIS',
  iso2022jp2: 'JIS',
  iso2022jp3: 'JIS',
  iso2022jpms: 'JIS',
  csiso2022jp: 'JIS',
  shiftjis: 'SJIS',
  sjis: 'SJIS',
  xsjis: 'SJIS',
  windows31j: 'SJIS',
  cp932: 'SJIS',
  ms932: 'SJIS',
  mskanji: 'SJIS',
  csshiftjis: 'SJIS',
  xmscp932: 'SJIS',
  shiftjis2004: 'SJIS',
  eucjp: 'EUCJP',
  xeucjp: 'EUCJP',
  eucjpms: 'EUCJP',
  cp51932: 'EUCJP',
  cseucpkdfmtjapanese: 'EUCJP',
};

/** `"Shift_JIS"`, `"shift-jis"` and `"x-sjis"` all give SJIS. */
export function charsetFamily(label: string): CharsetFamily {
  return FAMILY_BY_LABEL[label.toLowerCase().replace(/[^a-z0-9]/g, '')] ?? 'OTHER';
}

/** Western labels that Japanese mailers put on Japanese bytes by mistake. */
export function isWesternLabel(label: string): boolean {
  return /^(?:iso-?8859-\d+|windows-125\d|cp125\d|latin-?1|us-ascii|ascii)$/i.test(label.trim());
}

/** The MIME name we report for a family (the label itself for `OTHER`). */
export function familyName(family: CharsetFamily, label: string): string {
  const NAMES: Record<Exclude<CharsetFamily, 'OTHER'>, string> = {
    ASCII: 'us-ascii',
    UTF8: 'utf-8',
    JIS: 'iso-2022-jp',
    SJIS: 'shift_jis',
    EUCJP: 'euc-jp',
  };
  return family === 'OTHER' ? label.toLowerCase() : NAMES[family];
}
