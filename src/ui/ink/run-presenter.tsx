// Runs the presenter on the streams the CLI hands over: on the alternate screen (entered by the early
// paint, or here), and the terminal restored however it ends.
// No `process` here: the CLI owns exit codes and signals (and restores the screen from them).
import { render } from 'ink';
import type { Deck } from '../../deck/deck';
import { Presenter, type PresenterProps } from './Presenter';
import { Screen } from '../terminal/screen';
import { warmUp } from './warm-up';

/** The streams the presenter draws to and reads keys from. */
export interface PresenterIo {
  /** Keys (a terminal: stdin, or /dev/tty when stdin is piped). */
  readonly stdin: NodeJS.ReadStream;
  /** The terminal to draw on. */
  readonly stdout: NodeJS.WriteStream;
  /** The screen on `stdout`, when the early paint has entered it already. */
  readonly screen?: Screen;
}

/** How to present: the Presenter's props other than the deck, the size, the screen and onQuit, and
 * `collectGarbage`, a full garbage collection that runs before and after the warm-up (the CLI's). */
export type RunPresenterOptions = Omit<PresenterProps, 'deck' | 'columns' | 'rows' | 'screen' | 'onQuit'> & {
  readonly collectGarbage?: () => void;
};

/** How long after the first frame the warm-up runs. */
const WARM_UP_DELAY_MS = 250;

/** Presents `deck` until the user quits; resolves with the exit code: 0 (q, Esc), 130 (Ctrl+C). */
export async function runPresenter(deck: Deck, io: PresenterIo, runOptions: RunPresenterOptions = {}): Promise<number> {
  const { stdin, stdout } = io;
  const { collectGarbage, ...options } = runOptions;
  // After an early paint the screen is already entered and holds the frame of the state handed over:
  // Ink draws the same frame over it (cursor at home); a resize meanwhile has cleared it.
  const screen = io.screen ?? new Screen(stdout);
  screen.enter();
  let exitCode = 0;
  let warm: NodeJS.Timeout | undefined;
  try {
    const instance = render(
      <Presenter
        deck={deck}
        {...options}
        screen={screen}
        onQuit={(code) => {
          exitCode = code;
        }}
      />,
      { stdin, stdout, exitOnCtrlC: false, patchConsole: false },
    );
    // The first frame is up: compile the key path before the user's first key (warm-up.tsx), a moment
    // later. The start-up's garbage is collected first and the warm-up's after it, so that neither the
    // warm-up nor the first key grows the heap over it (peak RSS −0.8 MiB; README, Performance).
    const { reveal, theme, hyperlinks, notes } = options;
    const warmUpNow = async () => {
      collectGarbage?.();
      await warmUp(deck, screen.columns, screen.rows, { reveal, theme, hyperlinks, notes });
      // Once the event loop turns: what the hidden presenter's unmount left is garbage by then.
      warm = setTimeout(() => collectGarbage?.(), 0);
    };
    warm = setTimeout(() => void warmUpNow(), WARM_UP_DELAY_MS);
    await instance.waitUntilExit();
  } finally {
    clearTimeout(warm);
    screen.restore();
  }
  return exitCode;
}
