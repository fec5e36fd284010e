import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/deck/deck';
import { fold } from '../../../src/text/fold';
import { prepareDeck } from '../../../src/ui/frame/prepared-deck';
import { findMatch, foldWithOrigin, matchRanges } from '../../../src/ui/state/search-text';

const deck: Deck = {
  lang: 'fr',
  title: 'Essai',
  slides: [
    { kind: 'title', title: 'Le Venezuela', body: '- Caracas et **Moscou**', notes: 'Note sur l’État', sources: [] },
    { kind: 'markdown', title: 'Deuxième', body: 'Un paragraphe\n\n<!-- pause -->\n\n- Œuvre', notes: '', sources: [] },
  ],
};

describe('prepareDeck', () => {
  it('indexes steps and titles, and the folded search text of title, body and notes', () => {
    const prepared = prepareDeck(deck, false);
    expect(prepared.index.count).toBe(2);
    expect([0, 1].map((slide) => prepared.index.stepCount(slide))).toEqual([1, 2]);
    // Each slide prepared once: asked again, the same steps.
    expect(prepared.stepsOf(1)).toBe(prepared.stepsOf(1));
    expect(prepared.index.titles).toEqual(['Le Venezuela', 'Deuxième']);
    expect(prepared.index.haystacks).toHaveLength(2);
    expect(prepared.index.haystacks[0]).toContain('moscou');
    expect(prepared.index.haystacks[0]).toContain("l'etat");
    expect(prepared.index.haystacks[1]).toContain('oeuvre');
    // Read twice, the same array (made once).
    expect(prepared.index.haystacks).toBe(prepared.index.haystacks);
    expect(findMatch(prepared.index.haystacks, 'ŒUVRE', 0, 1)).toBe(1);
  });
});

describe('foldWithOrigin', () => {
  it('has the fold of the text as its text, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), (a, b) => {
        expect(foldWithOrigin(a).text).toBe(fold(a));
        expect(foldWithOrigin(b).text).toBe(fold(b));
      }),
    );
  });
});

describe('search', () => {
  it('folds as the analysis does: dashes are one hyphen, a found slide highlights its match', () => {
    const haystacks = ['Title', 'Jean‑Pierre et l’accord franco–russe'].map(fold);
    expect(findMatch(haystacks, 'franco-russe', 0, 1)).toBe(1);
    expect(findMatch(haystacks, 'JEAN-PIERRE', 0, 1)).toBe(1);
    expect(matchRanges('l’accord franco–russe', "L'ACCORD FRANCO-RUSSE")).toEqual([[0, 21]]);
  });
});
