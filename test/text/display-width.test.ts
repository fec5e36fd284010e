import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import stringWidth from 'string-width';
import { displayWidth } from '../../src/text/display-width';
import { runs } from '../property';

describe('displayWidth', () => {
  it.each([
    ['', 0],
    ['hello', 5],
    ['Équipe élargie', 14],
    ['e\u0301t\u0301e\u0301', 3],
    ['日本語', 6],
    ['한국어', 6],
    ['\u1100\u1161\u11a8', 2],
    ['ｶﾞ', 2],
    ['Ａ', 2],
    ['😀', 2],
    ['👍🏽', 2],
    ['👨‍👩‍👧', 2],
    ['🇫🇷', 2],
    ['❤️', 2],
    ['❤', 1],
    ['1️⃣', 2],
    ['🏴󠁧󠁢󠁳󠁣󠁴󠁿', 2],
    ['\u00ad', 0],
    ['a\u200bb', 2],
    ['a\tb', 2],
    ['«\u00a0oui\u00a0»', 7],
    ['क्षि', 2],
  ])('%j is %i columns', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it('agrees with string-width (what Ink measures with) on mixed scripts, marks and emoji', () => {
    // Whole grapheme clusters, as text holds them: malformed mixes (two ZWJs in a row, a Thai vowel
    // after a Bengali virama) are measured differently by every segmenter and are not what we align on.
    const pieces = ['a', ' ', 'é', 'e\u0301', '日', '한', '\u1100\u1161\u11a8', '👨\u200d👩', '👨\u200d👩\u200d👧', '❤\ufe0f', '❤\ufe0e',
      '🇫🇷', '1\ufe0f\u20e3', '👍🏽', 'क्षि', 'ｶﾞ', '\u00ad', '\u200b', '\t', '©', 'Ａ', 'กำ', 'நீ', 'কা', '😀',
      '\u{1F3F4}\u{E0067}\u{E0062}\u{E007F}', '«', '\u00a0', 'x\u0301\u0302'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        expect(displayWidth(text)).toBe(stringWidth(text));
      }),
      runs(3000),
    );
  });

  it('measures a million accented letters and a million combining marks (a quadratic path would time out)', () => {
    const accented = 'é'.repeat(1_000_000);
    expect(displayWidth(accented)).toBe(1_000_000);
    const marks = `a${'\u0301'.repeat(1_000_000)}`;
    expect(displayWidth(marks)).toBe(1);
  });
});
