// `--follow`: a presenter shares its position in a small JSON file in the temporary folder, named
// by a hash of the deck's path and replaced atomically on every move; a follower watches it.
import { readFileSync, renameSync, unlinkSync, watch as watchFs, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

/** node:crypto, loaded on first use: importing it costs 10–20 ms of start-up before the first frame. */
function crypto(): typeof import('node:crypto') {
  return createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
}

/** A position in the deck. */
export interface FollowPosition {
  /** The slide, from 0. */
  readonly slide: number;
  /** The reveal step, from 0. */
  readonly step: number;
}

/** The file where presenters of the deck at `deckPath` share their position. */
export function followFile(deckPath: string, folder = tmpdir()): string {
  const hash = crypto().createHash('sha256').update(resolve(deckPath)).digest('hex').slice(0, 16);
  return join(folder, `briefing-follow-${hash}.json`);
}

/** Writes `position` to `file` atomically (a temporary file, then a rename); errors are ignored: following is best effort. */
export function publishPosition(file: string, position: FollowPosition): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, JSON.stringify({ schema: 'briefing.follow/1', pid: process.pid, ...position }));
    renameSync(temporary, file);
  } catch {
    // A full or read-only temporary folder only stops followers from following.
  }
}

/** Removes the position file if this process wrote it last. */
export function unpublish(file: string): void {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { pid?: unknown };
    if (data.pid === process.pid) unlinkSync(file);
  } catch {
    // Already gone or not ours.
  }
}

/** The position in `file`, or undefined when there is none or it is unreadable. */
export function readPosition(file: string): FollowPosition | undefined {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { slide?: unknown; step?: unknown };
    if (typeof data.slide !== 'number' || typeof data.step !== 'number') return undefined;
    return { slide: data.slide, step: data.step };
  } catch {
    return undefined;
  }
}

/** Calls `onPosition` with the position in `file` now and after every change; returns how to stop. */
export function watchPosition(file: string, onPosition: (position: FollowPosition) => void, folder = tmpdir()): () => void {
  let last = '';
  const check = () => {
    const position = readPosition(file);
    if (position === undefined) return;
    const key = `${position.slide}:${position.step}`;
    if (key === last) return;
    last = key;
    onPosition(position);
  };
  check();
  const name = file.slice(folder.length + 1);
  const watcher = watchFs(folder, { persistent: false }, (_event, changed) => {
    if (changed === null || changed === undefined || changed.toString() === name) check();
  });
  watcher.on('error', () => undefined);
  // fs.watch can miss events on some file systems: look again now and then.
  const poll = setInterval(check, 500);
  return () => {
    clearInterval(poll);
    watcher.close();
  };
}
