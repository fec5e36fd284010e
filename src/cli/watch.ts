// Watching a file for `--watch`: the folder is watched (editors that save through a temporary file
// and a rename replace the file a file watcher holds), changes are debounced, and a read is
// repeated until two reads agree, so a half-written file is not shown.
import { watch as watchFs } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';

/** Quiet time after the last change before it is reported, in ms. */
export const DEBOUNCE_MS = 100;

/** Calls `onChange` once changes to `path` have been quiet for `debounceMs`; returns how to stop. */
export function watchFile(path: string, onChange: () => void, debounceMs = DEBOUNCE_MS): () => void {
  const full = resolve(path);
  const name = basename(full);
  let timer: NodeJS.Timeout | undefined;
  const watcher = watchFs(dirname(full), { persistent: false }, (_event, changed) => {
    // Some platforms do not name the file: any change in the folder may be ours.
    if (changed !== null && changed !== undefined && changed.toString() !== name) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      onChange();
    }, debounceMs);
  });
  // A folder that goes away ends the watch; the presenter keeps its last good deck.
  watcher.on('error', () => undefined);
  return () => {
    if (timer !== undefined) clearTimeout(timer);
    watcher.close();
  };
}

/** How a stable read is attempted. */
export interface StableReadOptions {
  /** Reads at most this many times. */
  readonly attempts?: number;
  /** Waits this long between reads, in ms. */
  readonly pauseMs?: number;
}

/**
 * Reads until two reads in a row agree (by `same`), and returns the last; a read that throws counts
 * as disagreeing until the attempts run out, and then its error is thrown.
 */
export async function readStable<T>(read: () => Promise<T>, same: (a: T, b: T) => boolean, options: StableReadOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 6;
  const pauseMs = options.pauseMs ?? 40;
  let previous: { value: T } | undefined;
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    if (i > 0) await new Promise((r) => setTimeout(r, pauseMs));
    try {
      const value = await read();
      if (previous !== undefined && same(previous.value, value)) return value;
      previous = { value };
      lastError = undefined;
    } catch (error) {
      previous = undefined;
      lastError = error;
    }
  }
  if (previous !== undefined && lastError === undefined) return previous.value;
  throw lastError;
}
