// What the presenter is given: the deck, how to start, and its effects as callbacks (it knows nothing of process or files).
import type { Deck } from '../../deck/deck';
import type { PreparedDeck } from '../frame/prepared-deck';
import type { ThemeName } from '../frame/theme';
import type { Effect, NavState, Position } from '../state/navigation';
import type { ScreenSize } from '../terminal/screen';

/** Props of Presenter. */
export interface PresenterProps {
  /** The deck to present. */
  readonly deck: Deck;
  /** The slide to start on, from 0 (clamped). */
  readonly start?: number;
  /** Reveal every top-level bullet as a step (`--reveal`); `<!-- pause -->` always cuts steps. */
  readonly reveal?: boolean;
  /** Colours for a dark or a light background. */
  readonly theme?: ThemeName;
  /** Links as terminal hyperlinks (OSC 8, `--hyperlinks`) instead of their URL in the text. */
  readonly hyperlinks?: boolean;
  /** Columns, instead of those of Ink's stdout. */
  readonly columns?: number;
  /** Rows, instead of those of Ink's stdout. */
  readonly rows?: number;
  /** Open the presenter panel at the start (`--notes`). */
  readonly notes?: boolean;
  /** The planned length of the talk, in ms (`--duration`). */
  readonly durationMs?: number;
  /** The time now in ms (tests fix it; the wall clock otherwise). */
  readonly now?: () => number;
  /** Reads the deck again (`r`); rejects with a one-line message when it cannot. */
  readonly reload?: () => Promise<Deck>;
  /** Calls its argument when the deck's file changes (`--watch`); returns how to stop. */
  readonly watch?: (onChange: () => void) => () => void;
  /** Told of every position the presenter shows (a leader for `--follow`). */
  readonly onMove?: (position: Position) => void;
  /** Calls its argument with every position of the presenter followed (`--follow`); returns how to stop. */
  readonly follow?: (onPosition: (position: Position) => void) => () => void;
  /** Called once when the user quits, with the exit code (0, or 130 for Ctrl+C); Ink is then exited. */
  readonly onQuit?: (code: number) => void;
  /** The deck already prepared (the early paint's), so that nothing is lexed or laid out again. */
  readonly prepared?: PreparedDeck;
  /** The state to continue from (where the early paint's keys led), instead of the start. */
  readonly initialState?: NavState;
  /** Effects asked for before this view took over (a reload pressed during the early paint). */
  readonly initialEffects?: readonly Effect[];
  /** When presenting started, in ms (else at the first render). */
  readonly startedAt?: number;
  /** The screen's size and its changes, instead of Ink's stdout's. */
  readonly screen?: ScreenSize;
}
