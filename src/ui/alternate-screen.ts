// The terminal around the presenter: entering the alternate screen once, leaving it once, and the
// size the screen was last drawn at. No Ink and no React here: the early paint uses it before they load.

/** Alternate screen, cleared, cursor home and hidden. */
const ENTER_SCREEN = '\x1b[?1049h\x1b[2J\x1b[H\x1b[?25l';
/** Cursor shown, alternate screen left. */
const RESTORE_SCREEN = '\x1b[?25h\x1b[?1049l';
/** Clear the screen and go home: a shrunk terminal keeps fragments of the wider frame otherwise. */
export const CLEAR_SCREEN = '\x1b[2J\x1b[H';

/** Streams switched to the alternate screen and not yet restored. */
const onAlternateScreen = new WeakSet<NodeJS.WriteStream>();
/** The size (`columns×rows`) a frame was last painted at before Ink, per stream. */
const paintedSizes = new WeakMap<NodeJS.WriteStream, string>();

/** The size of `stdout` as `columns×rows`. */
export function sizeKey(stdout: NodeJS.WriteStream): string {
  return `${stdout.columns}×${stdout.rows}`;
}

/** Writes unless the stream is gone (a closed terminal must not turn an exit into a crash). */
export function writeSafely(stdout: NodeJS.WriteStream, data: string): void {
  if (stdout.destroyed || stdout.writableEnded) return;
  try {
    stdout.write(data);
  } catch {
    // The terminal is gone: there is nothing left to restore.
  }
}

/** Enters the alternate screen (cleared, cursor hidden) unless `stdout` is already on it; true when it entered now. */
export function enterScreen(stdout: NodeJS.WriteStream): boolean {
  if (onAlternateScreen.has(stdout)) return false;
  writeSafely(stdout, ENTER_SCREEN);
  onAlternateScreen.add(stdout);
  return true;
}

/** Records that a frame was painted on `stdout` at its current size (the early paint). */
export function notePaintedSize(stdout: NodeJS.WriteStream): void {
  paintedSizes.set(stdout, sizeKey(stdout));
}

/** The size the last early frame was painted at on `stdout`, once (it is forgotten when read). */
export function takePaintedSize(stdout: NodeJS.WriteStream): string | undefined {
  const size = paintedSizes.get(stdout);
  paintedSizes.delete(stdout);
  return size;
}

/** Shows the cursor and leaves the alternate screen, once, if it was entered on `stdout`. Safe from signal handlers. */
export function restoreTerminal(stdout: NodeJS.WriteStream): void {
  paintedSizes.delete(stdout);
  if (!onAlternateScreen.has(stdout)) return;
  onAlternateScreen.delete(stdout);
  writeSafely(stdout, RESTORE_SCREEN);
}
