import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/text/fold';
import { capitalisedTokens, tokenize } from '../../src/analysis/tokenize';
import { runs } from '../property';

// The language the hand-written scanner implements, as a regular expression (the former implementation).
const REFERENCE = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-‐‑][\p{L}\p{M}\p{N}]+)*/gu;

function reference(text: string): { text: string; start: number; end: number; key: string }[] {
  return [...text.matchAll(REFERENCE)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length, key: fold(m[0]) }));
}

// Characters that exercise every branch: letters of several scripts and cases, marks, digits, hyphens,
// dots, apostrophes, spaces, astral letters and digits, lone surrogates.
const PIECES = ['U', 'S', 'é', 'É', 'a', 'ß', 'Ω', 'ж', 'Ж', '中', '\u0301', '٣', '7', '-', '‐', '‑', '–', '.', "'", '’', ' ', '\u00a0',
  '𝐀', '𝟘', '😀', '\ud800', '\udc00', ',', '(', 'U.S.', 'U.S', 'A.B.C.', 'cessez-le-feu', 'e-', '-e', '\t', '\u2028', '\u3000', '\u202f'];

describe('tokenize', () => {
  it('finds exactly the words of the reference expression, with their offsets and keys', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(tokenize(text)).toEqual(reference(text));
      }),
      runs(3000),
    );
  });

  it('agrees with the reference on arbitrary Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(tokenize(text)).toEqual(reference(text));
      }),
      runs(2000),
    );
  });

  it('finds as capitalised tokens exactly the tokens that hold a capital letter', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(capitalisedTokens(text)).toEqual(tokenize(text).filter((t) => /\p{Lu}/u.test(t.text)));
      }),
      runs(2000),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(capitalisedTokens(text)).toEqual(tokenize(text).filter((t) => /\p{Lu}/u.test(t.text)));
      }),
      runs(2000),
    );
  });

  it('reads dotted acronyms, hyphenated words and elisions as a reader would', () => {
    expect(tokenize("Les U.S.A. et l’Union-Européenne, 3,5 %").map((t) => t.text)).toEqual(['Les', 'U.S.A.', 'et', 'l', 'Union-Européenne', '3', '5']);
  });
});
