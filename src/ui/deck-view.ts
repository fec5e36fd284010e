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
  // The search text of every slide, made on the first search: a 300-slide deck's is ~10 MB of garbage at start.
  let haystacks: readonly string[] | undefined;
  const searchText = () =>
    deck.slides.map((slide, i) => {
      const body = layoutBlocks((blocks[i] ?? []).filter((b) => b.type !== 'pause'), { ...PLAIN_LAYOUT, width: Infinity })
        .map(lineText)
        .join('\n');
      return foldText(`${slide.title}\n${body}\n${slide.notes}`);
    });
  const index: DeckIndex = {
    steps: steps.map((s) => s.length),
    titles: deck.slides.map((s) => s.title),
    get haystacks() {
      haystacks ??= searchText();
      return haystacks;
    },
  };
  return { deck, steps, index };
}

/**
 * Only what the first frame on slide `start` (from 0, clamped) needs: that slide's reveal steps,
 * every other slide counted as one step, no search text. Drawing the first frame from it is cheap
 * (no Markdown lexing of the whole deck); anything else needs `deckView`.
 */
export function firstFrameView(deck: Deck, revealBullets: boolean, start: number): DeckView {
  const count = deck.slides.length;
  const shown = Number.isFinite(start) ? Math.min(Math.max(0, count - 1), Math.max(0, Math.trunc(start))) : Math.max(0, count - 1);
  const slide = deck.slides[shown];
  const steps: MdBlock[][][] = deck.slides.map(() => [[]]);
  if (slide !== undefined) steps[shown] = revealSteps(toBlocks(slide.body), revealBullets);
  return {
    deck,
    steps,
    index: { steps: steps.map((s) => s.length), titles: deck.slides.map((s) => s.title), haystacks: deck.slides.map(() => '') },
  };
}
