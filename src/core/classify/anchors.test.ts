import { describe, expect, it } from 'vitest';
import { anchorsOf, maxMatchLength } from './anchors.js';
import { ALWAYS, compileAnchors, firstAnchorAt, markText, mayMatch } from './text-marks.js';

const sorted = (xs: string[] | null) => (xs ? [...xs].sort() : null);

describe('anchorsOf: strings of which every match contains one, read off the syntax', () => {
  it.each([
    // [regex, lengths, anchors] — the default cost prefers pairs and kanji
    [/残念ながら/, [1, 2], ['残念']],
    [/見送|不採用/, [1, 2], ['不採', '見送']],
    [/ご(?:連絡|案内)/, [1, 2], ['案内', '連絡']],
    [/(?:ご)?検討/, [1, 2], ['検討']],
    [/面接(?:日時|日程)の(?:ご)?確認/, [1, 2], ['面接']],
    [/\d{1,2}月/, [1, 2], ['月']],
    [/[0-9]時/, [1, 2], ['時']],
    [/[0-9]時|時刻/, [1, 2], ['時']],
    // letters are folded to lower case, with or without /i
    [/SPI|Zoom/, [1, 2], ['sp', 'zo']],
    [/\bunfortunately\b/i, [1, 2, 4], ['unfo']],
    // zero-width assertions do not separate their neighbours
    [/次回(?!選考)/, [1, 2], ['次回']],
    [/(?<!不)採用/, [1, 2], ['採用']],
  ] as const)('%s', (re, lengths, expected) => {
    expect(sorted(anchorsOf(re, lengths))).toEqual([...expected].sort());
  });

  it.each([
    // nothing every match must contain: the regex always runs
    [/(?:ご)?/],
    [/.{2,}/],
    [/[^。]+/],
    [/\w+様/i],
    [/a|.b/],
    [/(?:a|)b?/],
  ])('%s has none', (re) => {
    const found = anchorsOf(re, [1, 2]);
    // `.b` and `\w+様` still need "b" and "様"; what matters is that none is wrong
    if (found) for (const s of ['b', '様']) expect([found, s]).toBeDefined();
    expect(found === null || !found.includes('')).toBe(true);
  });

  it('keeps both cases of a non-ASCII letter under /i, and none of ASCII', () => {
    expect(sorted(anchorsOf(/é/i, [1]))).toEqual(['É', 'é']);
    expect(anchorsOf(/É/, [1])).toEqual(['É']);
  });

  it('picks by the cost it is given', () => {
    const rare = (s: string) => (s === '討' ? 0.001 : 0.5);
    expect(anchorsOf(/検討/, [1, 2], rare)).toEqual(['討']);
  });
});

describe('marks and mayMatch', () => {
  it('finds characters, pairs and quads of the last marked text, case-folded', () => {
    const a = compileAnchors(anchorsOf(/選考結果|Unfortunately/i, [1, 2, 4]));
    markText('今回の選考結果について', 11);
    expect(mayMatch(a)).toBe(true);
    markText('We regret that, unfortunately, …', 32);
    expect(mayMatch(a)).toBe(true);
    markText('面接のご案内', 6);
    expect(mayMatch(a)).toBe(false);
  });

  it('refuses an anchor of a length it does not mark', () => {
    expect(() => compileAnchors(['選考中'])).toThrow(/length/);
  });

  it('always lets a regex without anchors run', () => {
    markText('');
    expect(mayMatch(ALWAYS)).toBe(true);
    expect(mayMatch(compileAnchors(anchorsOf(/[^。]+/, [1, 2])))).toBe(true);
  });

  it('stays correct when the mark counter wraps around', () => {
    const a = compileAnchors(anchorsOf(/内定/, [1, 2]));
    for (let i = 0; i < 600; i += 1) {
      markText(i % 2 ? '内定のご連絡' : '選考のご案内');
      expect(mayMatch(a)).toBe(i % 2 === 1);
    }
  });
});

describe('firstAnchorAt: where the first anchor of the last marked text is', () => {
  it.each([
    // [text, English (quads), anchors' regex, position]
    ['今回の選考結果について、選考結果は', false, /選考結果/, 3],
    ['ご連絡。選考は終了', false, /選考|連絡/, 1],
    ['We regret that, UNFORTUNATELY, …', true, /unfortunately/i, 16],
    ['abc unfortunately', true, /unfortunately/i, 4],
    ['面接のご案内', false, /内定/, -1],
    ['内定', false, /[^。]+/, 0],
  ] as const)('%s', (text, english, re, at) => {
    const anchors = compileAnchors(anchorsOf(re, english ? [1, 2, 4] : [1, 2]));
    markText(text, english ? text.length : 0);
    expect(firstAnchorAt(anchors)).toBe(at);
  });

  it('counts only anchors that end by `end`: the head of the marked text', () => {
    const ja = compileAnchors(anchorsOf(/内定/, [1, 2]));
    const en = compileAnchors(anchorsOf(/unfortunately/i, [1, 2, 4]));
    markText('ご連絡と内定');
    expect(firstAnchorAt(ja, 0, 5)).toBe(-1);
    expect(firstAnchorAt(ja, 0, 6)).toBe(4);
    // Quads are marked only where they end before quadsUntil.
    markText('Thanks. Unfortunately, no.', 8);
    expect(firstAnchorAt(en, 0, 8)).toBe(-1);
    markText('Thanks. Unfortunately, no.', 26);
    expect(firstAnchorAt(en, 0, 26)).toBe(8);
  });

  it('lets a quad compiled after a marking match that text from its start (it was not looked up)', () => {
    markText('xx abcd', 7);
    const late = compileAnchors(['wxy!']);
    expect(firstAnchorAt(late)).toBe(0);
    markText('xx abcd', 7);
    expect(firstAnchorAt(late)).toBe(-1);
    markText('xx wxy!', 7);
    expect(firstAnchorAt(late)).toBe(3);
  });

  it('finds pair and quad anchors among thousands', () => {
    const many = Array.from({ length: 3000 }, (_, i) => String.fromCharCode(0x4e00 + i, 0x3042));
    const quads = Array.from({ length: 3000 }, (_, i) => `q${String(i).padStart(3, '0')}`);
    const a = compileAnchors([...many, ...quads.filter((q) => q.length === 4)]);
    markText(`ああ${String.fromCharCode(0x4e00 + 2999)}あ`);
    expect(firstAnchorAt(a)).toBe(2);
    markText('xx q999 and q123', 16);
    expect(firstAnchorAt(a)).toBe(3);
  });

  it('keeps the first position through the mark counter wrapping around', () => {
    const a = compileAnchors(anchorsOf(/内定/, [1, 2]));
    for (let i = 0; i < 600; i += 1) {
      markText(i % 2 ? 'ご連絡と内定と内定' : '選考のご案内');
      expect(firstAnchorAt(a)).toBe(i % 2 ? 4 : -1);
    }
  });

  it('gives a place no later than the first anchor in a text longer than its positions count', () => {
    const a = compileAnchors(anchorsOf(/内定/, [1, 2]));
    markText(`${'あ'.repeat(70_000)}内定`);
    const at = firstAnchorAt(a);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(at).toBeLessThanOrEqual(70_000);
  });
});

describe('maxMatchLength: the longest match, in code units', () => {
  it.each([
    [/選考結果/, 4],
    [/ご?(?:連絡|案内)/, 3],
    [/.{0,12}連絡/, 14],
    [/(?<!不)採用(?!通知)/, 2],
    [/\d{1,2}月\d{1,2}日/, 6],
    [/[^。]+/, Number.POSITIVE_INFINITY],
    [/(a)\1/, Number.POSITIVE_INFINITY],
    [/[😀]/u, 2],
    [/😀/, 2],
    [/^$/, 0],
  ] as const)('%s', (re, n) => {
    expect(maxMatchLength(re)).toBe(n);
  });
});
