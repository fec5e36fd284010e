// How the position moves: to a slide, page by page and step by step, to a search match, into a new
// deck. Pure helpers of the navigation reducer (navigation.ts).
import { clampSlide, slideCount, type DeckIndex, type NavState } from './nav-state';
import { findMatch } from './search-text';

/** Steps of a slide (at least 1). */
export function stepsOf(state: NavState, slide: number): number {
  return slide >= 0 && slide < state.deck.count ? Math.max(1, state.deck.stepCount(slide)) : 1;
}

/** Pages of a slide at a step (at least 1). */
export function pagesOf(state: NavState, slide: number, step: number): number {
  return Math.max(1, state.layout.pages(slide, step));
}

/** Nothing pending and no overlay. */
export function settled(state: NavState): NavState {
  return { ...state, count: '', isGPending: false, overlay: 'none' };
}

/** Shows slide `slide` (clamped): its first step and page, or its last step and page. */
export function goTo(state: NavState, slide: number, at: 'start' | 'end' = 'start'): NavState {
  const target = clampSlide(state, slide);
  const step = at === 'start' ? 0 : stepsOf(state, target) - 1;
  const page = at === 'start' ? 0 : pagesOf(state, target, step) - 1;
  return { ...settled(state), slide: target, step, page, cursor: target };
}

/** The next page, else the next reveal step, else the next slide; stays at the end of the last. */
export function next(state: NavState): NavState {
  const s = settled(state);
  if (s.page < pagesOf(s, s.slide, s.step) - 1) return { ...s, page: s.page + 1 };
  if (s.step < stepsOf(s, s.slide) - 1) {
    // The new step's lines are at the bottom: show its last page.
    return { ...s, step: s.step + 1, page: pagesOf(s, s.slide, s.step + 1) - 1 };
  }
  return s.slide < slideCount(s) - 1 ? goTo(s, s.slide + 1) : s;
}

/** The previous page, else the previous reveal step, else the end of the previous slide; stays at the start of the first. */
export function previous(state: NavState): NavState {
  const s = settled(state);
  if (s.page > 0) return { ...s, page: s.page - 1 };
  if (s.step > 0) return { ...s, step: s.step - 1, page: pagesOf(s, s.slide, s.step - 1) - 1 };
  return s.slide > 0 ? goTo(s, s.slide - 1, 'end') : s;
}

/** Slide ‹count› (from 1), or `otherwise` when no count is pending. */
export function goToCount(state: NavState, otherwise: (s: NavState) => NavState): NavState {
  return state.count === '' ? otherwise(state) : goTo(state, Number(state.count) - 1);
}

/** Runs search `query` from the current slide in `direction`; says so when nothing matches. */
export function search(state: NavState, query: string, direction: 1 | -1): NavState {
  const s: NavState = { ...state, lastSearch: query };
  const found = findMatch(s.deck.haystacks, query, s.slide, direction);
  if (found === undefined) return { ...s, message: `no match for ${query}` };
  // Fully revealed, so that a match in a later reveal step shows.
  const moved = { ...goTo(s, found, 'end'), page: 0 };
  return found === s.slide ? { ...moved, message: 'only match' } : moved;
}

/** The same position in a new deck: the slide with the same title, else the same number (clamped). */
export function load(state: NavState, deck: DeckIndex): NavState {
  const title = state.deck.titles[state.slide];
  const sameTitle = title === undefined || title === '' ? -1 : deck.titles.indexOf(title);
  const base: NavState = { ...state, deck, loadError: '', message: 'reloaded' };
  const slide = clampSlide(base, sameTitle >= 0 ? sameTitle : state.slide);
  const step = Math.min(state.step, stepsOf(base, slide) - 1);
  return { ...base, slide, step, page: 0, cursor: clampSlide(base, state.cursor) };
}
