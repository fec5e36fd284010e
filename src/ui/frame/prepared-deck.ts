// A deck prepared for presenting, slide by slide as it is shown: each slide's reveal steps as Markdown
// blocks, its laid-out body lines at the screen's width, and the index the reducer needs (steps,
// titles, folded text for search). The early paint and the Ink view share one, so nothing is lexed
// or laid out twice; a slide never shown is never lexed.
import type { Deck } from '../../deck/deck';
import { toBlocks } from '../../markdown/blocks';
import { fold } from '../../text/fold';
import { layoutBlocks, PLAIN_LAYOUT, SCREEN_LAYOUT } from '../../text/layout-blocks';
import type { MdBlock } from '../../text/md-blocks';
import { lineText, type StyledLine } from '../../text/styled-line';
import type { DeckIndex } from '../state/navigation';
import { revealSteps } from './reveal-steps';

/** A deck prepared for presenting (each slide on first use). */
export interface PreparedDeck {
  /** The deck. */
  readonly deck: Deck;
  /** Whether every top-level bullet is a reveal step. */
  readonly revealBullets: boolean;
  /** The blocks shown at each reveal step of a slide (at least one step). */
  stepsOf(slide: number): readonly MdBlock[][];
  /** A slide's body lines at a reveal step, laid out at `width` (kept for the last width asked). */
  bodyOf(slide: number, step: number, width: number, hyperlinks: boolean): StyledLine[];
  /** What the reducer knows of it. */
  readonly index: DeckIndex;
}

/** Prepares `deck`: pauses always cut reveal steps; with `revealBullets` every top-level bullet does too. */
export function prepareDeck(deck: Deck, revealBullets: boolean): PreparedDeck {
  const blocks: (MdBlock[] | undefined)[] = [];
  const steps: (MdBlock[][] | undefined)[] = [];
  const blocksOf = (slide: number): MdBlock[] => (blocks[slide] ??= toBlocks(deck.slides[slide]?.body ?? ''));
  const stepsOf = (slide: number): MdBlock[][] => (steps[slide] ??= revealSteps(blocksOf(slide), revealBullets));
  // The laid-out bodies at one width: a resize lays out again, and the old width's lines go.
  let bodiesAt = '';
  let bodies = new Map<string, StyledLine[]>();
  const bodyOf = (slide: number, step: number, width: number, hyperlinks: boolean): StyledLine[] => {
    const at = `${width}:${hyperlinks}`;
    if (at !== bodiesAt) {
      bodiesAt = at;
      bodies = new Map();
    }
    const key = `${slide}:${step}`;
    let body = bodies.get(key);
    if (body === undefined) {
      body = layoutBlocks(stepsOf(slide)[step] ?? [], { ...SCREEN_LAYOUT, width, hyperlinks });
      bodies.set(key, body);
    }
    return body;
  };
  // The search text of every slide, made on the first search: a 300-slide deck's is ~10 MB of garbage at start.
  let haystacks: readonly string[] | undefined;
  const searchText = () =>
    deck.slides.map((slide, i) => {
      const body = layoutBlocks(blocksOf(i).filter((b) => b.type !== 'pause'), { ...PLAIN_LAYOUT, width: Infinity })
        .map(lineText)
        .join('\n');
      return fold(`${slide.title}\n${body}\n${slide.notes}`);
    });
  const index: DeckIndex = {
    count: deck.slides.length,
    stepCount: (slide) => stepsOf(slide).length,
    titles: deck.slides.map((s) => s.title),
    get haystacks() {
      haystacks ??= searchText();
      return haystacks;
    },
  };
  return { deck, revealBullets, stepsOf, bodyOf, index };
}
