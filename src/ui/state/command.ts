// What goes into the navigation reducer (commands) and what comes out of it besides the new state
// (effects): keys and events become commands, and the effects are carried out in one place by the
// caller (the Ink view's hooks, or the early presenter), never inside the reducer.
import type { KeyPress } from './keymap';
import type { DeckIndex, ViewLayout } from './nav-state';

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
  /** The keys of one input event (pasted text is several), each looked up in the mode the state before it is in. */
  | { readonly type: 'keys'; readonly presses: readonly KeyPress[] }
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

/** A position in the deck, as `--follow` shares it. */
export interface Position {
  /** The slide, from 0. */
  readonly slide: number;
  /** The reveal step, from 0. */
  readonly step: number;
}

/** Something a command asks the world to do. */
export type Effect =
  /** Read the deck again (`r`). */
  | { readonly type: 'reload' }
  /** Quit with this exit code (0, or 130 for Ctrl+C). */
  | { readonly type: 'quit'; readonly code: number }
  /** The position shown changed: tell whoever follows it. */
  | { readonly type: 'publish'; readonly position: Position };
