import fc from 'fast-check';

/**
 * Strings that break naive text handling: lone surrogates, NUL and control characters,
 * right-to-left overrides, stacked combining marks, full-width and half-width forms, emoji
 * sequences, characters outside the BMP, markup, and sizes near and over the field limits.
 */
export const ODD_STRINGS: readonly string[] = [
  '',
  ' ',
  '\u3000',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udfff',
  'x\udc00y\ud83d',
  '\u202eトラブル\u202c',
  '\u200f\u0627\u0644\u0639\u0631\u0628\u064a\u0629\u200e',
  'e\u0301\u0301\u0301\u0301\u0301\u0301',
  'か\u3099\u3099',
  'ＡＢＣ１２３　株式会社',
  'ｶﾌﾞｼｷｶﾞｲｼｬ ﾃｽﾄ',
  '👨‍👩‍👧‍👦🏳️‍🌈',
  '𠮷野家𩸽',
  '\ufeff\ufffe\uffff',
  '\r\n\r\n.\r\n',
  '\t\v\f\b',
  '<script>alert(1)</script>',
  "'; DROP TABLE events; --",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, on purpose
  '${7*7}{{7*7}}',
  '%00%2e%2e%2f',
  '../../etc/passwd',
  '1週間以内にご連絡します',
  '来週の金曜日までに',
  'あ'.repeat(201),
  'x'.repeat(2001),
  'y'.repeat(100_000),
];

export const oddString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...ODD_STRINGS),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc
    .tuple(
      fc.constantFrom(...ODD_STRINGS.filter((s) => s.length < 100)),
      fc.string({ maxLength: 20 }),
    )
    .map(([a, b]) => a + b),
);
