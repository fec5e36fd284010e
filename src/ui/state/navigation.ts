// What a command does to the presenter: one pure reducer over a typed command union, so every key
// sequence can be tested without a terminal. It returns the new state and the effects the command asks
// for (reload, quit with a code, publish the position); the caller carries them out.
import type { Command, Effect } from './command';
import { commandFor } from './keymap';
import { goTo, goToCount, load, next, previous, search, settled, stepsOf } from './moves';
import { clampSlide, slideCount, type NavState } from './nav-state';

export { indexOfSteps, initialNavState, ONE_PAGE, type DeckIndex, type NavState, type Overlay, type ViewLayout } from './nav-state';
export type { Command, CommandName, Effect, Position } from './command';

/** The state a command leads to, and what it asks the world to do. */
export interface Transition {
  /** The new state. */
  readonly state: NavState;
  /** The effects, in order. */
  readonly effects: readonly Effect[];
}

/** Digits kept at most in a pending count. */
const MAX_COUNT_DIGITS = 6;

/**
 * What `command` does in `state`. `keys` runs each key press in turn, looked up in the mode the state
 * before it is in (so that a pasted `/word` types into the prompt it opens). Quitting is reported once,
 * a change of position once per command; once quitting, nothing changes.
 */
export function navigate(state: NavState, command: Command): Transition {
  if (state.exitCode !== undefined) return { state, effects: [] };
  const effects: Effect[] = [];
  let after = state;
  if (command.type === 'keys') {
    for (const press of command.presses) {
      after = apply(after, commandFor(press, after.prompt === undefined ? 'normal' : 'prompt') ?? { type: 'unbound' }, effects);
    }
  } else {
    after = apply(state, command, effects);
  }
  if (after.slide !== state.slide || after.step !== state.step) effects.push({ type: 'publish', position: { slide: after.slide, step: after.step } });
  if (after.exitCode !== undefined) effects.push({ type: 'quit', code: after.exitCode });
  return { state: after, effects };
}

/** One command (not `keys`); once quitting, nothing changes. */
function apply(state: NavState, command: Command, effects: Effect[]): NavState {
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
  return inSlide(keyed, command, effects);
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

/** A command on the slide view (or one an overlay passes on). */
function inSlide(state: NavState, command: Command, effects: Effect[]): NavState {
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
      effects.push({ type: 'reload' });
      return settled(state);
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
    case 'keys':
    case 'interrupt':
    case 'load':
    case 'loadFailed':
    case 'layout':
    case 'follow':
      return state;
  }
}
