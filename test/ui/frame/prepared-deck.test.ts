import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/deck/deck';
import { prepareDeck } from '../../../src/ui/frame/prepared-deck';
import { findMatch, foldText, foldWithOrigin } from '../../../src/ui/state/search-text';

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
    const view = prepareDeck(deck, false);
    expect(view.index.count).toBe(2);
    expect([0, 1].map((slide) => view.index.stepCount(slide))).toEqual([1, 2]);
    // Each slide prepared once: asked again, the same steps.
    expect(view.stepsOf(1)).toBe(view.stepsOf(1));
    expect(view.index.titles).toEqual(['Le Venezuela', 'Deuxième']);
    expect(view.index.haystacks).toHaveLength(2);
    expect(view.index.haystacks[0]).toContain('moscou');
    expect(view.index.haystacks[0]).toContain("l'etat");
    expect(view.index.haystacks[1]).toContain('oeuvre');
    // Read twice, the same array (made once).
    expect(view.index.haystacks).toBe(view.index.haystacks);
    expect(findMatch(view.index.haystacks, 'ŒUVRE', 0, 1)).toBe(1);
  });
});

describe('foldText', () => {
  it('is foldWithOrigin’s text, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), (a, b) => {
        expect(foldText(a)).toBe(foldWithOrigin(a).text);
        expect(foldText(b)).toBe(foldWithOrigin(b).text);
      }),
    );
  });
});
