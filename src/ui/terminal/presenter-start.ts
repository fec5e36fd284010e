// How the presenter starts, made once and shared by the early paint and the Ink view: the deck
// prepared (prepared-deck.ts), the navigation state of the first frame and the options it is drawn with.
import type { Deck } from '../../deck/deck';
import { prepareDeck, type PreparedDeck } from '../frame/prepared-deck';
import { initialNavState, type NavState } from '../state/navigation';
import type { ThemeName } from '../frame/theme';

/** What `present` was asked for that the frames depend on. */
export interface StartOptions {
  /** The slide to start on, from 0 (clamped). */
  readonly start?: number;
  /** Reveal every top-level bullet as a step. */
  readonly reveal: boolean;
  /** The colours. */
  readonly theme: ThemeName;
  /** Links as OSC 8 hyperlinks. */
  readonly hyperlinks: boolean;
  /** The presenter panel open at the start. */
  readonly notes: boolean;
  /** The planned length of the talk, in ms. */
  readonly durationMs?: number;
  /** The time now, in ms: when presenting started. */
  readonly now: number;
}

/** The presenter's start: the prepared deck, the state of the first frame and how frames are drawn. */
export interface PresenterStart {
  /** The deck, prepared (slides are lexed as they are shown, once). */
  readonly prepared: PreparedDeck;
  /** The state the first frame shows. */
  readonly state: NavState;
  /** When presenting started, in ms (the panel's elapsed time counts from it). */
  readonly startedAt: number;
  /** The colours. */
  readonly theme: ThemeName;
  /** Links as OSC 8 hyperlinks. */
  readonly hyperlinks: boolean;
  /** The planned length of the talk, in ms. */
  readonly durationMs?: number;
}

/** The start of presenting `deck` with `options`; only the start slide is prepared. */
export function presenterStart(deck: Deck, options: StartOptions): PresenterStart {
  const prepared = prepareDeck(deck, options.reveal);
  const state = initialNavState(prepared.index, { ...(options.start === undefined ? {} : { start: options.start }), isPanelOpen: options.notes });
  return {
    prepared,
    state,
    startedAt: options.now,
    theme: options.theme,
    hyperlinks: options.hyperlinks,
    ...(options.durationMs === undefined ? {} : { durationMs: options.durationMs }),
  };
}
