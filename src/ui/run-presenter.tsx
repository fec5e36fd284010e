// Runs the presenter on the streams the CLI hands over: alternate screen and hidden cursor before
// Ink draws, a clean screen on every resize, and the terminal restored however it ends.
// No `process` here: the CLI owns exit codes and signals (and calls restoreTerminal from them).
import { render } from 'ink';
import type { Deck } from '../deck/deck';
import { CLEAR_SCREEN, enterScreen, restoreTerminal, sizeKey, takePaintedSize, writeSafely } from './alternate-screen';
import { Presenter, type PresenterProps } from './Presenter';
import { warmUp } from './warm-up';

/** The streams the presenter draws to and reads keys from. */
export interface PresenterIo {
  /** Keys (a terminal: stdin, or /dev/tty when stdin is piped). */
  readonly stdin: NodeJS.ReadStream;
  /** The terminal to draw on. */
  readonly stdout: NodeJS.WriteStream;
}

/** How to present: the Presenter's props other than the deck, the size and onQuit. */
export type RunPresenterOptions = Omit<PresenterProps, 'deck' | 'columns' | 'rows' | 'onQuit'>;

export { restoreTerminal };

/** How long after the first frame the warm-up runs. */
const WARM_UP_DELAY_MS = 250;

/** Presents `deck` until the user quits; resolves with the exit code: 0 (q, Esc), 130 (Ctrl+C). */
export async function runPresenter(deck: Deck, io: PresenterIo, options: RunPresenterOptions = {}): Promise<number> {
  const { stdin, stdout } = io;
  // After an early paint the screen is already entered and holds the first frame: Ink draws over it
  // (cursor at home), unless the terminal was resized in between.
  enterScreen(stdout);
  let size = takePaintedSize(stdout) ?? sizeKey(stdout);
  if (size !== sizeKey(stdout)) {
    size = sizeKey(stdout);
    writeSafely(stdout, CLEAR_SCREEN);
  }
  // Registered before Ink's own listener and the size hook, so it clears before they redraw.
  const onResize = () => {
    const next = sizeKey(stdout);
    if (next === size) return;
    size = next;
    writeSafely(stdout, CLEAR_SCREEN);
  };
  stdout.on('resize', onResize);

  let exitCode = 0;
  let warm: NodeJS.Timeout | undefined;
  try {
    const instance = render(
      <Presenter
        deck={deck}
        {...options}
        onQuit={(code) => {
          exitCode = code;
        }}
      />,
      { stdin, stdout, exitOnCtrlC: false, patchConsole: false },
    );
    // The first frame is up: compile the key path before the user's first key (warm-up.tsx), a moment
    // later, so that the start-up's garbage is gone first.
    const { reveal, theme, hyperlinks, notes } = options;
    warm = setTimeout(() => void warmUp(deck, stdout.columns || 80, stdout.rows || 24, { reveal, theme, hyperlinks, notes }), WARM_UP_DELAY_MS);
    await instance.waitUntilExit();
  } finally {
    clearTimeout(warm);
    stdout.off('resize', onResize);
    restoreTerminal(stdout);
  }
  return exitCode;
}
