// Where the presenter is and what a command does to it: one pure reducer over a typed command
// union, so every key sequence can be tested without a terminal.

/** A command the presenter understands (keys map to these in keymap.ts). */
export type Command =
  | { readonly type: 'next' }
  | { readonly type: 'previous' }
  | { readonly type: 'first' }
  | { readonly type: 'last' }
  | { readonly type: 'g' }
  | { readonly type: 'digit'; readonly digit: number }
  | { readonly type: 'confirm' }
  | { readonly type: 'erase' }
  | { readonly type: 'help' }
  | { readonly type: 'cancel' }
  | { readonly type: 'quit' }
  | { readonly type: 'interrupt' };

/** The name of a command, for the key map. */
export type CommandName = Command['type'];

/** What covers the slide. */
export type Overlay = 'none' | 'help';

/** The presenter's position and pending input. */
export interface NavState {
  /** The slide shown, from 0. */
  readonly slide: number;
  /** The reveal step shown on that slide, from 0. */
  readonly step: number;
  /** How many reveal steps each slide has (1 without pauses or without --reveal); its length is the slide count. */
  readonly steps: readonly number[];
  /** Digits typed for ‹count› G or digits then Enter. */
  readonly count: string;
  /** Whether a first `g` waits for the second. */
  readonly isGPending: boolean;
  /** What covers the slide. */
  readonly overlay: Overlay;
  /** Set when the presenter is to quit: the exit code (0, or 130 for Ctrl+C). */
  readonly exitCode?: number;
}

/** Digits kept at most in a pending count. */
const MAX_COUNT_DIGITS = 6;

/** The state at slide `start` (from 0, clamped), first step, nothing pending. */
export function initialNavState(steps: readonly number[], start = 0): NavState {
  const state: NavState = { slide: 0, step: 0, steps, count: '', isGPending: false, overlay: 'none' };
  return { ...state, slide: clampSlide(state, start) };
}

/** A slide index within the deck. */
function clampSlide(state: NavState, slide: number): number {
  const last = Math.max(0, state.steps.length - 1);
  return Number.isFinite(slide) ? Math.min(last, Math.max(0, Math.trunc(slide))) : last;
}

/** Shows slide `slide` (clamped) at `step`, nothing pending, no overlay. */
function goTo(state: NavState, slide: number, step: 'first' | 'last' = 'first'): NavState {
  const target = clampSlide(state, slide);
  const steps = state.steps[target] ?? 1;
  return { ...state, slide: target, step: step === 'first' ? 0 : steps - 1, count: '', isGPending: false, overlay: 'none' };
}

/** The next reveal step, else the next slide; stays on the last. */
function next(state: NavState): NavState {
  const steps = state.steps[state.slide] ?? 1;
  if (state.step < steps - 1) return { ...state, step: state.step + 1, count: '', isGPending: false, overlay: 'none' };
  return state.slide < state.steps.length - 1 ? goTo(state, state.slide + 1) : goTo(state, state.slide, 'last');
}

/** The previous reveal step, else the previous slide fully revealed; stays on the first. */
function previous(state: NavState): NavState {
  if (state.step > 0) return { ...state, step: state.step - 1, count: '', isGPending: false, overlay: 'none' };
  return state.slide > 0 ? goTo(state, state.slide - 1, 'last') : goTo(state, 0);
}

/** Slide ‹count› (from 1), or `otherwise` when no count is pending. */
function goToCount(state: NavState, otherwise: (s: NavState) => NavState): NavState {
  return state.count === '' ? otherwise(state) : goTo(state, Number(state.count) - 1);
}

/** What `command` does in `state`. Once quitting, nothing changes. */
export function navigate(state: NavState, command: Command): NavState {
  if (state.exitCode !== undefined) return state;
  switch (command.type) {
    case 'next':
      return next(state);
    case 'previous':
      return previous(state);
    case 'first':
      return goTo(state, 0);
    case 'last':
      return goToCount(state, (s) => goTo(s, s.steps.length - 1));
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
    case 'help':
      return { ...state, overlay: state.overlay === 'help' ? 'none' : 'help', count: '', isGPending: false };
    case 'cancel':
      if (state.count !== '' || state.isGPending) return { ...state, count: '', isGPending: false };
      if (state.overlay !== 'none') return { ...state, overlay: 'none' };
      return { ...state, exitCode: 0 };
    case 'quit':
      return { ...state, exitCode: 0 };
    case 'interrupt':
      return { ...state, exitCode: 130 };
  }
}
