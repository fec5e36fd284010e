import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../src/article/count-words';
import { runs } from '../property';

describe('countWords', () => {
  const byRegex = (text: string): number => text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

  it('counts the white-space-separated chunks that hold a letter or a number, as the regular expressions do', () => {
    for (const text of ['', ' ', 'Il a dit « non » — 3 fois.', '  deux\u00a0mots\u202fici ', '… — « »', 'x\u2028y', '\ud83d\ude00 emoji', 'lone \ud800 surrogate', '𝐀𝐁 math']) {
      expect(countWords(text)).toBe(byRegex(text));
    }
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'É', '3', ' ', '\u00a0', '\t', '«', '—', '\ud835\udc00', '\ud800', '\udc00', '\u2028', '.') }), (text) => countWords(text) === byRegex(text)), runs(200));
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => countWords(text) === byRegex(text)), runs(200));
  });
});
