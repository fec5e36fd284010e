// Truncation and wrapping on text made of known grapheme clusters — ZWJ sequences, flags, skin
// tones, keycaps, surrogate pairs, combining marks, CJK: every cut falls between two clusters and
// every line fits its width. The clusters are listed, so the test needs no Intl.Segmenter.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/text/display-width';
import { truncate } from '../../src/text/truncate';
import { wrapText } from '../../src/text/wrap-text';
import { runs } from '../property';

const CLUSTERS = [
  'a', 'Z', 'é', 'e\u0301', 'ё', '日', '語', 'ア', '한', '👨‍👩‍👧‍👦', '👩🏿‍💻', '❤️‍🔥', '🇻🇪', '🇷🇺', '🇫🇷', '😀', '👍🏽', '1️⃣', '𝒜', '𠀋', 'ا', '«',
];

/** Whether `text` is `clusters[from..k]` joined, for some k; returns k or -1. */
function wholeClusters(text: string, clusters: readonly string[], from: number): number {
  let at = 0;
  let k = from;
  while (at < text.length) {
    const next = clusters[k];
    if (next === undefined || !text.startsWith(next, at)) return -1;
    at += next.length;
    k++;
  }
  return k;
}

const clusterList = fc.array(fc.constantFrom(...CLUSTERS), { minLength: 1, maxLength: 60 });

describe('text shaping never splits a cluster', () => {
  it('truncate cuts between clusters, within the width', () => {
    fc.assert(
      fc.property(clusterList, fc.integer({ min: 1, max: 40 }), (clusters, width) => {
        const text = clusters.join('');
        const cut = truncate(text, width);
        expect(displayWidth(cut)).toBeLessThanOrEqual(width);
        if (cut === text) return;
        expect(cut.endsWith('…')).toBe(true);
        expect(wholeClusters(cut.slice(0, -1), clusters, 0)).toBeGreaterThanOrEqual(0);
      }),
      runs(500),
    );
  });

  it('wrapText breaks a run without spaces only between clusters, every line within the width', () => {
    fc.assert(
      fc.property(clusterList, fc.integer({ min: 2, max: 30 }), (clusters, width) => {
        const text = clusters.join('');
        const lines = wrapText(text, width);
        expect(lines.join('')).toBe(text);
        let k = 0;
        for (const line of lines) {
          expect(displayWidth(line)).toBeLessThanOrEqual(width);
          k = wholeClusters(line, clusters, k);
          expect(k).toBeGreaterThanOrEqual(0);
        }
      }),
      runs(500),
    );
  });

  it('wrapText keeps every word of spaced text, in order, each line within the width', () => {
    const words = fc.array(clusterList.map((c) => c.slice(0, 6).join('')), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(words, fc.integer({ min: 12, max: 40 }), (list, width) => {
        const lines = wrapText(list.join(' '), width);
        for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
        expect(lines.join(' ').split(/ +/)).toEqual(list);
      }),
      runs(300),
    );
  });

  // No wall-clock assertion (the machine may be loaded): a path quadratic in the line's length, as
  // Intl.Segmenter's is on Node 20, takes minutes on a million characters and runs past the test
  // timeout; the linear one takes about two seconds for all five on a loaded machine.
  it('handles 1,000,000 characters in one line, ASCII, accented, CJK and emoji, in linear time', () => {
    for (const unit of ['abcdefghij ', 'éàçüœ ', 'é'.repeat(10), '日本語', '👨‍👩‍👧🇫🇷']) {
      const long = unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000);
      const lines = wrapText(long, 80);
      const width = displayWidth(long);
      expect(width, unit).toBeGreaterThan(300_000);
      expect(lines.length, unit).toBeGreaterThanOrEqual(Math.ceil(width / 80));
      const cut = displayWidth(truncate(long, 80));
      expect(cut, unit).toBeLessThanOrEqual(80);
      expect(cut, unit).toBeGreaterThan(75);
    }
  });
});
