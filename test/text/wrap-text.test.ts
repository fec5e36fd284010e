import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { displayWidth } from '../../src/text/display-width';
import { clusterEnd } from '../../src/text/graphemes';
import { wrapText } from '../../src/text/wrap-text';
import { runs } from '../property';

/** The grapheme clusters of a string. */
function clusters(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; ) {
    const end = clusterEnd(s, i);
    out.push(s.slice(i, end));
    i = end;
  }
  return out;
}

describe('wrapText', () => {
  it('breaks at spaces by display width', () => {
    expect(wrapText('Le Venezuela et la Russie ont renouvelé samedi', 20)).toEqual([
      'Le Venezuela et la',
      'Russie ont renouvelé',
      'samedi',
    ]);
  });

  it('counts wide characters as two columns', () => {
    expect(wrapText('日本 語の テキスト', 6)).toEqual(['日本', '語の', 'テキス', 'ト']);
  });

  it('keeps hard breaks and empty lines, drops trailing spaces', () => {
    expect(wrapText('one  \n\ntwo three', 40)).toEqual(['one', '', 'two three']);
  });

  it('keeps leading indentation on the first line and inner runs of spaces', () => {
    expect(wrapText('    const  a = 1;', 40)).toEqual(['    const  a = 1;']);
  });

  it('fills the line before breaking a word longer than the width, between clusters', () => {
    expect(wrapText('see https://example.com/a/very/long/path', 12)).toEqual(['see https://', 'example.com/', 'a/very/long/', 'path']);
  });

  it('never breaks inside a ZWJ emoji, a flag or a surrogate pair', () => {
    const text = '👨‍👩‍👧🇫🇷😀👨‍👩‍👧🇫🇷😀';
    const lines = wrapText(text, 3);
    expect(lines.join('')).toBe(text);
    for (const line of lines) {
      expect(clusters(line).every((c) => ['👨‍👩‍👧', '🇫🇷', '😀'].includes(c))).toBe(true);
      expect(displayWidth(line)).toBeLessThanOrEqual(3);
    }
  });

  it('does not break at a no-break space', () => {
    expect(wrapText('il a dit «\u00a0oui\u00a0» hier', 10)).toEqual(['il a dit', '«\u00a0oui\u00a0»', 'hier']);
  });

  it('reads tabs as spaces', () => {
    expect(wrapText('a\tb', 10)).toEqual(['a b']);
  });

  it('with an infinite width only splits at hard breaks', () => {
    expect(wrapText('a b c\nd', Infinity)).toEqual(['a b c', 'd']);
  });

  it('keeps every word, in order, and every line within the width', () => {
    const word = fc.array(fc.constantFrom('a', 'é', '日', '😀', '🇫🇷', 'e\u0301', 'x'), { minLength: 1, maxLength: 14 }).map((w) => w.join(''));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), fc.integer({ min: 2, max: 30 }), (words, width) => {
        const lines = wrapText(words.join(' '), width);
        for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
        expect(lines.join('').replaceAll(' ', '')).toBe(words.join(''));
      }),
      runs(500),
    );
  });

  it('is linear on long text, with and without spaces', () => {
    const prose = 'Le Venezuela et la Russie ont renouvelé 日本語 👨‍👩‍👧 '.repeat(20_000);
    const cjk = '日本語のテキスト'.repeat(60_000);
    expect(wrapText(prose, 80).length).toBeGreaterThan(1000);
    expect(wrapText(cjk, 80)).toHaveLength(12_000);
  });
});
