import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LETTER, LOWER, MARK, NUMBER, UPPER, classOf, isSpaceCode, isUpperWord } from '../../src/analysis/char-class';
import { runs } from '../property';

/** The regular-expression definition that isUpperWord replaces. */
function upperWordByRegex(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters);
}

describe('character classes', () => {
  it('give every BMP code point the classes of the \\p{…} expressions', () => {
    const wrong: number[] = [];
    for (let cp = 0; cp <= 0xffff; cp++) {
      const c = String.fromCharCode(cp);
      const bits = classOf(cp);
      const expected = [/^\p{L}$/u.test(c), /^\p{M}$/u.test(c), /^\p{N}$/u.test(c), /^\p{Lu}$/u.test(c), /^\p{Ll}$/u.test(c)];
      const actual = [LETTER, MARK, NUMBER, UPPER, LOWER].map((b) => (bits & b) !== 0);
      if (expected.some((e, i) => e !== actual[i])) wrong.push(cp);
      if (isSpaceCode(cp) !== /^\s$/u.test(c)) wrong.push(cp);
    }
    expect(wrong).toEqual([]);
    expect(classOf(0x1d400) & UPPER).toBe(UPPER); // 𝐀, astral
  });

  it('tell words in capitals as the regular expressions did', () => {
    for (const word of ['NATO', 'ÉTATS-UNIS', 'U.S.', 'Nato', 'A', 'ß', 'SS', 'ÖL', 'ĸĸ', '中国', 'AB12', 'x', 'Ǆ', 'ǅA', 'İI']) {
      expect(isUpperWord(word), word).toBe(upperWordByRegex(word));
    }
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 12 }), (text) => {
        expect(isUpperWord(text)).toBe(upperWordByRegex(text));
      }),
      runs(3000),
    );
  });
});
