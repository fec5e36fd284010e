// Runs the presenter on the streams the CLI hands over: alternate screen and hidden cursor before
// Ink draws, a clean screen on every resize, and the terminal restored however it ends.
// No `process` here: the CLI owns exit codes and signals (and calls restoreTerminal from them).
import { render } from 'ink';
import type { Deck } from '../deck/deck';
import { Presenter, type PresenterProps } from './Presenter';

/** The streams the presenter draws to and reads keys from. */
export interface PresenterIo {
  /** Keys (a terminal: stdin, or /dev/tty when stdin is piped). */
  readonly stdin: NodeJS.ReadStream;
  /** The terminal to draw on. */
  readonly stdout: NodeJS.WriteStream;
}

/** How to present: the Presenter's props other than the deck, the size and onQuit. */
export type RunPresenterOptions = Omit<PresenterProps, 'deck' | 'columns' | 'rows' | 'onQuit'>;

/** Alternate screen, cleared, cursor home and hidden. */
const ENTER_SCREEN = '\x1b[?1049h\x1b[2J\x1b[H\x1b[?25l';
/** Cursor shown, alternate screen left. */
const RESTORE_SCREEN = '\x1b[?25h\x1b[?1049l';
/** Clear the screen and go home: a shrunk terminal keeps fragments of the wider frame otherwise. */
const CLEAR_SCREEN = '\x1b[2J\x1b[H';

/** Streams switched to the alternate screen and not yet restored. */
const onAlternateScreen = new WeakSet<NodeJS.WriteStream>();

/** Writes unless the stream is gone (a closed terminal must not turn an exit into a crash). */
function writeSafely(stdout: NodeJS.WriteStream, data: string): void {
  if (stdout.destroyed || stdout.writableEnded) return;
  try {
    stdout.write(data);
  } catch {
    // The terminal is gone: there is nothing left to restore.
  }
}

/** Shows the cursor and leaves the alternate screen, once, if runPresenter entered it on `stdout`. Safe from signal handlers. */
export function restoreTerminal(stdout: NodeJS.WriteStream): void {
  if (!onAlternateScreen.has(stdout)) return;
  onAlternateScreen.delete(stdout);
  writeSafely(stdout, RESTORE_SCREEN);
}

/** Presents `deck` until the user quits; resolves with the exit code: 0 (q, Esc), 130 (Ctrl+C). */
export async function runPresenter(deck: Deck, io: PresenterIo, options: RunPresenterOptions = {}): Promise<number> {
  const { stdin, stdout } = io;
  writeSafely(stdout, ENTER_SCREEN);
  onAlternateScreen.add(stdout);

  let size = `${stdout.columns}×${stdout.rows}`;
  // Registered before Ink's own listener and the size hook, so it clears before they redraw.
  const onResize = () => {
    const next = `${stdout.columns}×${stdout.rows}`;
    if (next === size) return;
    size = next;
    writeSafely(stdout, CLEAR_SCREEN);
  };
  stdout.on('resize', onResize);

  let exitCode = 0;
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
    await instance.waitUntilExit();
  } finally {
    stdout.off('resize', onResize);
    restoreTerminal(stdout);
  }
  return exitCode;
}
