// Where the presenter is and what a command does to it: one pure reducer over a typed command
// union, so every key sequence can be tested without a terminal. Effects (reloading, publishing the
// position) are not done here: the state only records that they are wanted.
import { findMatch } from './search-text';

/** A command the presenter understands (keys map to most of these in keymap.ts). */
export type Command =
  | { readonly type: 'next' }
  | { readonly type: 'previous' }
  | { readonly type: 'first' }
  | { readonly type: 'last' }
  | { readonly type: 'g' }
  | { readonly type: 'digit'; readonly digit: number }
  | { readonly type: 'confirm' }
  | { readonly type: 'erase' }
  | { readonly type: 'overview' }
  | { readonly type: 'search' }
  | { readonly type: 'searchNext' }
  | { readonly type: 'searchPrevious' }
  | { readonly type: 'panel' }
  | { readonly type: 'help' }
  | { readonly type: 'reload' }
  | { readonly type: 'blank' }
  | { readonly type: 'cancel' }
  | { readonly type: 'quit' }
  | { readonly type: 'interrupt' }
  /** A key bound to nothing (it still unblanks the screen and drops a pending count). */
  | { readonly type: 'unbound' }
  /** Text typed into the search prompt. */
  | { readonly type: 'input'; readonly text: string }
  /** A new deck arrived (reload, watch): keep the position. */
  | { readonly type: 'load'; readonly deck: DeckIndex }
  /** Reading the deck again failed: keep the last good one and say why. */
  | { readonly type: 'loadFailed'; readonly message: string }
  /** The screen was laid out anew (size, deck): how many pages each view has. */
  | { readonly type: 'layout'; readonly layout: ViewLayout }
  /** Another presenter moved (`--follow`). */
  | { readonly type: 'follow'; readonly slide: number; readonly step: number };

/** The name of a command, for the key map. */
export type CommandName = Command['type'];

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
  /** Incremented for each reload asked for; the presenter reloads when it changes. */
  readonly reloads: number;
  /** Set when the presenter is to quit: the exit code (0, or 130 for Ctrl+C). */
  readonly exitCode?: number;
}

/** Digits kept at most in a pending count. */
const MAX_COUNT_DIGITS = 6;

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
    reloads: 0,
  };
  const slide = clampSlide(state, options.start ?? 0);
  return { ...state, slide, cursor: slide };
}

/** The number of slides. */
function slideCount(state: NavState): number {
  return state.deck.count;
}

/** A slide index within the deck. */
function clampSlide(state: NavState, slide: number): number {
  const last = Math.max(0, slideCount(state) - 1);
  return Number.isFinite(slide) ? Math.min(last, Math.max(0, Math.trunc(slide))) : last;
}

/** Steps of a slide (at least 1). */
function stepsOf(state: NavState, slide: number): number {
  return slide >= 0 && slide < state.deck.count ? Math.max(1, state.deck.stepCount(slide)) : 1;
}

/** Pages of a slide at a step (at least 1). */
function pagesOf(state: NavState, slide: number, step: number): number {
  return Math.max(1, state.layout.pages(slide, step));
}

/** Nothing pending and no overlay. */
function settled(state: NavState): NavState {
  return { ...state, count: '', isGPending: false, overlay: 'none' };
}

/** Shows slide `slide` (clamped): its first step and page, or its last step and page. */
function goTo(state: NavState, slide: number, at: 'start' | 'end' = 'start'): NavState {
  const target = clampSlide(state, slide);
  const step = at === 'start' ? 0 : stepsOf(state, target) - 1;
  const page = at === 'start' ? 0 : pagesOf(state, target, step) - 1;
  return { ...settled(state), slide: target, step, page, cursor: target };
}

/** The next page, else the next reveal step, else the next slide; stays at the end of the last. */
function next(state: NavState): NavState {
  const s = settled(state);
  if (s.page < pagesOf(s, s.slide, s.step) - 1) return { ...s, page: s.page + 1 };
  if (s.step < stepsOf(s, s.slide) - 1) {
    // The new step's lines are at the bottom: show its last page.
    return { ...s, step: s.step + 1, page: pagesOf(s, s.slide, s.step + 1) - 1 };
  }
  return s.slide < slideCount(s) - 1 ? goTo(s, s.slide + 1) : s;
}

/** The previous page, else the previous reveal step, else the end of the previous slide; stays at the start of the first. */
function previous(state: NavState): NavState {
  const s = settled(state);
  if (s.page > 0) return { ...s, page: s.page - 1 };
  if (s.step > 0) return { ...s, step: s.step - 1, page: pagesOf(s, s.slide, s.step - 1) - 1 };
  return s.slide > 0 ? goTo(s, s.slide - 1, 'end') : s;
}

/** Slide ‹count› (from 1), or `otherwise` when no count is pending. */
function goToCount(state: NavState, otherwise: (s: NavState) => NavState): NavState {
  return state.count === '' ? otherwise(state) : goTo(state, Number(state.count) - 1);
}

/** Runs search `query` from the current slide in `direction`; says so when nothing matches. */
function search(state: NavState, query: string, direction: 1 | -1): NavState {
  const s: NavState = { ...state, lastSearch: query };
  const found = findMatch(s.deck.haystacks, query, s.slide, direction);
  if (found === undefined) return { ...s, message: `no match for ${query}` };
  // Fully revealed, so that a match in a later reveal step shows.
  const moved = { ...goTo(s, found, 'end'), page: 0 };
  return found === s.slide ? { ...moved, message: 'only match' } : moved;
}

/** The search prompt's reaction to a command (only typing, editing, Enter, Esc and Ctrl+C arrive here). */
function inPrompt(state: NavState, prompt: string, command: Command): NavState {
  switch (command.type) {
    case 'input':
      return { ...state, prompt: prompt + command.text };
    case 'erase':
      return prompt === '' ? withoutPrompt(state) : { ...state, prompt: prompt.slice(0, -1) };
    case 'confirm': {
      const query = prompt.trim() === '' ? state.lastSearch : prompt;
      const closed = withoutPrompt(state);
      return query === undefined ? closed : search(closed, query, 1);
    }
    case 'cancel':
      return withoutPrompt(state);
    case 'interrupt':
      return { ...state, exitCode: 130 };
    default:
      return state;
  }
}

/** The state with the search prompt closed. */
function withoutPrompt(state: NavState): NavState {
  const { prompt: _closed, ...rest } = state;
  return rest;
}

/** The overview's reaction to a command: arrows move its cursor, Enter opens, the rest acts as usual. */
function inOverview(state: NavState, command: Command): NavState | undefined {
  const last = slideCount(state) - 1;
  switch (command.type) {
    case 'next':
      return { ...state, cursor: Math.min(last, state.cursor + 1), isGPending: false };
    case 'previous':
      return { ...state, cursor: Math.max(0, state.cursor - 1), isGPending: false };
    case 'first':
      return { ...state, cursor: 0, isGPending: false, count: '' };
    case 'g':
      return state.isGPending && state.count === '' ? { ...state, cursor: 0, isGPending: false } : undefined;
    case 'last':
      return state.count === '' ? { ...state, cursor: last } : undefined;
    case 'confirm':
      return goToCount(state, (s) => goTo(s, s.cursor));
    case 'erase':
      return state.count === '' ? { ...state, cursor: Math.max(0, state.cursor - 1) } : undefined;
    case 'overview':
      return { ...state, overlay: 'none', count: '', isGPending: false };
    default:
      return undefined;
  }
}

/** The help's reaction: next and previous page through it; the rest closes it and acts as usual. */
function inHelp(state: NavState, command: Command): NavState | undefined {
  switch (command.type) {
    case 'next':
      return { ...state, helpPage: Math.min(state.layout.helpPages - 1, state.helpPage + 1) };
    case 'previous':
      return { ...state, helpPage: Math.max(0, state.helpPage - 1) };
    default:
      return undefined;
  }
}

/** The same position in a new deck: the slide with the same title, else the same number (clamped). */
function load(state: NavState, deck: DeckIndex): NavState {
  const title = state.deck.titles[state.slide];
  const sameTitle = title === undefined || title === '' ? -1 : deck.titles.indexOf(title);
  const base: NavState = { ...state, deck, loadError: '', message: 'reloaded' };
  const slide = clampSlide(base, sameTitle >= 0 ? sameTitle : state.slide);
  const step = Math.min(state.step, stepsOf(base, slide) - 1);
  return { ...base, slide, step, page: 0, cursor: clampSlide(base, state.cursor) };
}

/** What `command` does in `state`. Once quitting, nothing changes. */
export function navigate(state: NavState, command: Command): NavState {
  if (state.exitCode !== undefined) return state;
  // Commands that do not come from keys.
  switch (command.type) {
    case 'load':
      return load(state, command.deck);
    case 'loadFailed':
      return { ...state, loadError: command.message, message: '' };
    case 'layout': {
      const layout = command.layout;
      const page = Math.min(state.page, Math.max(1, layout.pages(state.slide, state.step)) - 1);
      return { ...state, layout, page, helpPage: Math.min(state.helpPage, Math.max(1, layout.helpPages) - 1) };
    }
    case 'follow': {
      const slide = clampSlide(state, command.slide);
      return { ...state, slide, step: Math.min(Math.max(0, command.step), stepsOf(state, slide) - 1), page: 0, cursor: slide };
    }
    default:
      break;
  }
  if (command.type === 'interrupt') return { ...state, exitCode: 130 };
  const keyed: NavState = state.message === '' ? state : { ...state, message: '' };
  // A blank screen: the next key only unblanks.
  if (keyed.isBlank) return { ...keyed, isBlank: false };
  if (keyed.prompt !== undefined) return inPrompt(keyed, keyed.prompt, command);
  if (keyed.overlay === 'overview') {
    const handled = inOverview(keyed, command);
    if (handled !== undefined) return handled;
  }
  if (keyed.overlay === 'help') {
    const handled = inHelp(keyed, command);
    if (handled !== undefined) return handled;
  }
  return inSlide(keyed, command);
}

/** A command on the slide view (or one an overlay passes on). */
function inSlide(state: NavState, command: Command): NavState {
  switch (command.type) {
    case 'next':
      return next(state);
    case 'previous':
      return previous(state);
    case 'first':
      return goTo(state, 0);
    case 'last':
      return goToCount(state, (s) => goTo(s, slideCount(s) - 1));
    case 'g':
      if (!state.isGPending) return { ...state, isGPending: true };
      return goToCount(state, (s) => goTo(s, 0));
    case 'digit':
      if (state.count.length >= MAX_COUNT_DIGITS) return { ...state, isGPending: false };
      return { ...state, count: state.count + String(command.digit), isGPending: false };
    case 'confirm':
      return goToCount(state, next);
    case 'erase':
      if (state.count !== '') return { ...state, count: state.count.slice(0, -1), isGPending: false };
      return previous(state);
    case 'overview':
      return { ...state, overlay: 'overview', cursor: state.slide, count: '', isGPending: false };
    case 'search':
      return { ...state, prompt: '', overlay: 'none', count: '', isGPending: false };
    case 'searchNext':
    case 'searchPrevious':
      if (state.lastSearch === undefined) return { ...settled(state), message: 'no search' };
      return search(settled(state), state.lastSearch, command.type === 'searchNext' ? 1 : -1);
    case 'panel':
      return { ...state, isPanelOpen: !state.isPanelOpen, count: '', isGPending: false };
    case 'help':
      return { ...state, overlay: state.overlay === 'help' ? 'none' : 'help', helpPage: 0, count: '', isGPending: false };
    case 'reload':
      return { ...settled(state), reloads: state.reloads + 1 };
    case 'blank':
      return { ...state, isBlank: true, count: '', isGPending: false };
    case 'cancel':
      if (state.count !== '' || state.isGPending) return { ...state, count: '', isGPending: false };
      if (state.overlay !== 'none') return { ...state, overlay: 'none' };
      if (state.isPanelOpen) return { ...state, isPanelOpen: false };
      return { ...state, exitCode: 0 };
    case 'quit':
      return { ...state, exitCode: 0 };
    case 'unbound':
      return { ...state, count: '', isGPending: false };
    case 'input':
    case 'interrupt':
    case 'load':
    case 'loadFailed':
    case 'layout':
    case 'follow':
      return state;
  }
}
