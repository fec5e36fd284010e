// Warm-up: once the first frame is up, a hidden presenter of the same deck and size, drawn to a
// stream that discards everything, takes one Right key. The code of a key press (input parsing,
// the reducer, React, Ink's layout and output) then runs compiled instead of cold on the user's
// first key: ~45 ms before, what later keys cost after. Only speed: nothing reaches the terminal.
import { EventEmitter } from 'node:events';
import { render } from 'ink';
import type { Deck } from '../../deck/deck';
import { Presenter, type PresenterProps } from './Presenter';

/** A terminal that is never shown: the size of the real one, writes handed to `sink` (dropped by default). */
class HiddenOutput extends EventEmitter {
  readonly isTTY = true;
  /** How many writes Ink made so far. */
  writes = 0;
  constructor(
    readonly columns: number,
    readonly rows: number,
    private readonly sink: (data: string) => void,
  ) {
    super();
  }
  write(data: string, callback?: () => void): boolean {
    this.writes++;
    this.sink(data);
    callback?.();
    return true;
  }
}

/** Keys typed by the warm-up only. */
class HiddenInput extends EventEmitter {
  readonly isTTY = true;
  private queue: string[] = [];
  setRawMode(): this {
    return this;
  }
  setEncoding(): this {
    return this;
  }
  ref(): this {
    return this;
  }
  unref(): this {
    return this;
  }
  read(): string | null {
    return this.queue.shift() ?? null;
  }
  type(keys: string): void {
    this.queue.push(keys);
    this.emit('readable');
  }
}

/** What the warm-up presenter copies from the real one. */
export type WarmUpProps = Pick<PresenterProps, 'reveal' | 'theme' | 'hyperlinks' | 'notes'>;

const RIGHT = '\u001b[C';
/** How long the warm-up waits for the key's frame at most: a busy machine can take long. */
const FRAME_WAIT_MS = 5000;
/** How often it looks. */
const FRAME_POLL_MS = 5;

/** Runs the warm-up in the background; resolves when the hidden presenter is gone. Never throws. `sink`
 * receives what the hidden presenter draws (nothing keeps it but a test). */
export async function warmUp(deck: Deck, columns: number, rows: number, props: WarmUpProps, sink: (data: string) => void = () => {}): Promise<void> {
  if (deck.slides.length < 2) return;
  // The first two slides are all a first Right key needs (a long deck is not laid out twice).
  const firstTwo: Deck = { ...deck, slides: deck.slides.slice(0, 2) };
  try {
    const stdout = new HiddenOutput(columns, rows, sink);
    const stdin = new HiddenInput();
    const instance = render(<Presenter deck={firstTwo} {...props} columns={columns} rows={rows} />, {
      stdout: stdout as unknown as NodeJS.WriteStream,
      stdin: stdin as unknown as NodeJS.ReadStream,
      exitOnCtrlC: false,
      patchConsole: false,
    });
    // Ink listens for keys once its effects have run.
    for (let tries = 0; stdin.listenerCount('readable') === 0 && tries < 20; tries++) await pause();
    const before = stdout.writes;
    stdin.type(RIGHT);
    // The key's frame is written once React has rendered it and Ink's throttle (30 frames a second)
    // lets it: waited for, not a fixed pause, which a loaded machine can outlast.
    const deadline = Date.now() + FRAME_WAIT_MS;
    while (stdout.writes === before && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, FRAME_POLL_MS));
    instance.unmount();
    instance.cleanup();
  } catch {
    // A warm-up that fails costs the first key its speed, nothing else.
  }
}

/** Lets the event loop run (a real key waiting is handled before the warm-up goes on). */
function pause(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
