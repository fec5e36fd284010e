// Per-deck work done once: each slide's reveal steps as Markdown blocks, and the index the
// reducer needs (steps, titles, folded text for search).
import type { Deck } from '../deck/deck';
import { toBlocks, type MdBlock } from '../markdown/blocks';
import { layoutBlocks, PLAIN_LAYOUT } from '../text/layout-blocks';
import { lineText } from '../text/styled-line';
import type { DeckIndex } from './navigation';
import { revealSteps } from './reveal-steps';
import { foldText } from './search-text';

/** A deck prepared for presenting. */
export interface DeckView {
  /** The deck. */
  readonly deck: Deck;
  /** Per slide, the blocks shown at each reveal step. */
  readonly steps: readonly (readonly MdBlock[][])[];
  /** What the reducer knows of it. */
  readonly index: DeckIndex;
}

/** Prepares `deck`: pauses always cut reveal steps; with `revealBullets` every top-level bullet does too. */
export function deckView(deck: Deck, revealBullets: boolean): DeckView {
  const blocks = deck.slides.map((slide) => toBlocks(slide.body));
  const steps = blocks.map((b) => revealSteps(b, revealBullets));
  const haystacks = deck.slides.map((slide, i) => {
    const body = layoutBlocks((blocks[i] ?? []).filter((b) => b.type !== 'pause'), { ...PLAIN_LAYOUT, width: Infinity })
      .map(lineText)
      .join('\n');
    return foldText(`${slide.title}\n${body}\n${slide.notes}`);
  });
  return {
    deck,
    steps,
    index: { steps: steps.map((s) => s.length), titles: deck.slides.map((s) => s.title), haystacks },
  };
}
