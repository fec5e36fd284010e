// The terminal the presenter draws on, from the early paint to Ink's last frame: it enters the
// alternate screen once and leaves it once, and holds the only resize listener, which clears the
// screen on a real change of size (a shrunk terminal keeps fragments of the wider frame otherwise)
// before it tells the painter of the moment. No Ink and no React here: the early paint uses it first.

/** Alternate screen, cleared, cursor home and hidden. */
const ENTER_SCREEN = '\x1b[?1049h\x1b[2J\x1b[H\x1b[?25l';
/** Cursor shown, alternate screen left. */
const RESTORE_SCREEN = '\x1b[?25h\x1b[?1049l';
/** Clear the screen and go home. */
export const CLEAR_SCREEN = '\x1b[2J\x1b[H';

/** Used when the stream does not say (not a terminal). */
const FALLBACK = { columns: 80, rows: 24 };

/** What the presenter needs of the screen: its size, and word of a change of it. */
export interface ScreenSize {
  /** Columns now. */
  readonly columns: number;
  /** Rows now. */
  readonly rows: number;
  /** Calls `listener` after each change of size (the screen already cleared); returns how to stop. */
  onResize(listener: () => void): () => void;
}

/** The alternate screen on one terminal stream. */
export class Screen implements ScreenSize {
  private isEntered = false;
  private size = '';
  private readonly listeners = new Set<() => void>();

  constructor(readonly stdout: NodeJS.WriteStream) {}

  get columns(): number {
    return this.stdout.columns || FALLBACK.columns;
  }

  get rows(): number {
    return this.stdout.rows || FALLBACK.rows;
  }

  /** Enters the alternate screen (cleared, cursor hidden) and starts following the size; once. */
  enter(): void {
    if (this.isEntered) return;
    this.isEntered = true;
    this.size = this.sizeKey();
    this.write(ENTER_SCREEN);
    this.stdout.on('resize', this.resized);
  }

  onResize(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Writes unless the stream is gone (a closed terminal must not turn an exit into a crash). */
  write(data: string): void {
    const stdout = this.stdout;
    if (stdout.destroyed || stdout.writableEnded) return;
    try {
      stdout.write(data);
    } catch {
      // The terminal is gone: there is nothing left to restore.
    }
  }

  /** Shows the cursor and leaves the alternate screen, once, if it was entered. Safe from signal handlers. */
  restore(): void {
    if (!this.isEntered) return;
    this.isEntered = false;
    this.stdout.off('resize', this.resized);
    this.listeners.clear();
    this.write(RESTORE_SCREEN);
  }

  private sizeKey(): string {
    return `${this.stdout.columns}×${this.stdout.rows}`;
  }

  /** Registered before Ink's own listener, so that the screen is clear before anything redraws. */
  private readonly resized = () => {
    const size = this.sizeKey();
    if (size === this.size) return;
    this.size = size;
    this.write(CLEAR_SCREEN);
    for (const listener of [...this.listeners]) listener();
  };
}
