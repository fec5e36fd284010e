// The build's stand-in for Intl.Segmenter (grapheme clusters) gives what ICU's does: the same segments,
// indices and `containing` answers, on strings of known clusters and on accented news text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GraphemeSegmenter } from '../../src/text/grapheme-segmenter';
import { runs } from '../property';

const CLUSTERS = [
  'a', ' ', 'é', 'e\u0301', 'ё', '日', 'ア', '한', '👨‍👩‍👧‍👦', '👩🏿‍💻', '❤️‍🔥', '🇻🇪', '🇷🇺', '😀', '👍🏽', '1️⃣', '𝒜', '«', '\r\n', '\t', '\u001b', '—',
];

const icu = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const ours = new GraphemeSegmenter(undefined, { granularity: 'grapheme' });

/** The segments of `text` as plain objects. */
function segments(segmenter: { segment(text: string): Iterable<{ segment: string; index: number; input: string }> }, text: string) {
  return [...segmenter.segment(text)].map(({ segment, index, input }) => ({ segment, index, input }));
}

describe('GraphemeSegmenter', () => {
  it('splits strings of known clusters into those clusters, as Intl.Segmenter does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CLUSTERS), { maxLength: 40 }), (clusters) => {
        const text = clusters.join('');
        const got = segments(ours, text);
        expect(got.map((s) => s.segment)).toEqual(clusters);
        expect(got).toEqual(segments(icu, text));
      }),
      runs(300),
    );
  });

  it('answers containing() for every index, and outside the string, as Intl.Segmenter does', () => {
    const text = "Élection à Caracas : «\u00a0l'accord\u00a0» 👍🏽 🇻🇪 e\u0301té";
    // In order, backwards and at random on one Segments object (it remembers where it was), and on fresh ones.
    const order = [...Array(text.length + 4).keys()].map((i) => i - 2);
    const shuffled = [...order].sort((a, b) => ((a * 7919) % 31) - ((b * 7919) % 31));
    const mine = ours.segment(text);
    for (const i of [...order, ...[...order].reverse(), ...shuffled]) {
      const theirs = icu.segment(text).containing(i);
      const want = theirs === undefined ? undefined : { segment: theirs.segment, index: theirs.index, input: theirs.input };
      expect(mine.containing(i), `index ${i}`).toEqual(want);
      expect(ours.segment(text).containing(i), `index ${i}, fresh`).toEqual(want);
    }
  });

  it('leaves word segmentation to ICU', () => {
    const words = [...new GraphemeSegmenter('fr', { granularity: 'word' }).segment('deux mots')].filter((s) => 'isWordLike' in s && s.isWordLike === true);
    expect(words.map((s) => s.segment)).toEqual(['deux', 'mots']);
  });
});
