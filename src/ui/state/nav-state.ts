// The presenter's state: where it is, what covers the slide and what input is pending, with what it
// knows of the deck and of the screen's pages. Pure data; navigation.ts changes it.
/** What covers the slide. */
export type Overlay = 'none' | 'help' | 'overview';

/** What the reducer knows of the deck: per slide its reveal steps, its title and its searchable text. */
export interface DeckIndex {
  /** The number of slides. */
  readonly count: number;
  /** How many reveal steps a slide has (at least 1; a slide is prepared the first time it is asked for). */
  stepCount(slide: number): number;
  /** Each slide's title (to find the same slide in a reloaded deck). */
  readonly titles: readonly string[];
  /** Each slide's title, body and notes, folded for search (see search-text.ts). */
  readonly haystacks: readonly string[];
}

/** How many screen pages each view takes at the current size. */
export interface ViewLayout {
  /** Pages of a slide's body at a reveal step (1 when it fits). */
  pages(slide: number, step: number): number;
  /** Pages of the help. */
  readonly helpPages: number;
}

/** The layout before the first measure: everything fits. */
export const ONE_PAGE: ViewLayout = { pages: () => 1, helpPages: 1 };

/** The presenter's position, what covers the slide and pending input. */
export interface NavState {
  /** The deck's index. */
  readonly deck: DeckIndex;
  /** How many pages each view has. */
  readonly layout: ViewLayout;
  /** The slide shown, from 0. */
  readonly slide: number;
  /** The reveal step shown on that slide, from 0. */
  readonly step: number;
  /** The page of the slide's body shown (long slides scroll), from 0. */
  readonly page: number;
  /** Digits typed for ‹count› G or digits then Enter. */
  readonly count: string;
  /** Whether a first `g` waits for the second. */
  readonly isGPending: boolean;
  /** What covers the slide. */
  readonly overlay: Overlay;
  /** The slide the overview's cursor is on. */
  readonly cursor: number;
  /** The help's page. */
  readonly helpPage: number;
  /** Whether the presenter panel (notes, clock) is shown. */
  readonly isPanelOpen: boolean;
  /** Whether the screen is blanked. */
  readonly isBlank: boolean;
  /** The search being typed; undefined when the prompt is closed. */
  readonly prompt?: string;
  /** The last search run (its matches are highlighted). */
  readonly lastSearch?: string;
  /** A short message for the footer until the next key ('no match', 'no search', 'reloaded'). */
  readonly message: string;
  /** Why the last reload failed, shown until one succeeds. */
  readonly loadError: string;
  /** Set once the presenter quits, with the exit code (0, or 130 for Ctrl+C): nothing changes after. */
  readonly exitCode?: number;
}

/** A deck index of `steps` only (titles and texts empty): for tests and decks without search. */
export function indexOfSteps(steps: readonly number[]): DeckIndex {
  return { count: steps.length, stepCount: (slide) => steps[slide] ?? 1, titles: steps.map(() => ''), haystacks: steps.map(() => '') };
}

/** Initial state on slide `start` (from 0, clamped), first step, nothing open. */
export function initialNavState(deck: DeckIndex, options: { start?: number; isPanelOpen?: boolean; layout?: ViewLayout } = {}): NavState {
  const state: NavState = {
    deck,
    layout: options.layout ?? ONE_PAGE,
    slide: 0,
    step: 0,
    page: 0,
    count: '',
    isGPending: false,
    overlay: 'none',
    cursor: 0,
    helpPage: 0,
    isPanelOpen: options.isPanelOpen === true,
    isBlank: false,
    message: '',
    loadError: '',
  };
  const slide = clampSlide(state, options.start ?? 0);
  return { ...state, slide, cursor: slide };
}

/** The number of slides. */
export function slideCount(state: NavState): number {
  return state.deck.count;
}

/** A slide index within the deck. */
export function clampSlide(state: NavState, slide: number): number {
  const last = Math.max(0, slideCount(state) - 1);
  return Number.isFinite(slide) ? Math.min(last, Math.max(0, Math.trunc(slide))) : last;
}
