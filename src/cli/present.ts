// `briefing present`: the Ink presenter in a terminal, or the deck as plain text when there is none.
// The edge of the presenter: signals and exit codes, the keys' terminal, reloading, watching and
// following are set up here and handed to the UI as callbacks.
import { openSync } from 'node:fs';
import tty from 'node:tty';
import type { Deck } from '../deck/deck';
import { deckToPlainText } from '../markdown/plain-text';
import type { runPresenter as RunPresenter, RunPresenterOptions } from '../ui/ink/run-presenter';
import type { NavState } from '../ui/state/navigation';
import { startEarlyPresenter, type EarlyPresenter } from '../ui/terminal/early-paint';
import { presenterStart, type StartOptions } from '../ui/terminal/presenter-start';
import { Screen } from '../ui/terminal/screen';
import { themeFromColorFgBg, type ThemeName } from '../ui/frame/theme';
import { EXIT } from './exit-codes';
import { followFile, publishPosition, unpublish, watchPosition } from './follow';
import { writeStdout } from './stdout';
import { watchFile } from './watch';
import { collectGarbage, yogaOnBaselineCompiler } from './v8-flags';
import { withoutFetch } from './without-fetch';

/** What `present` was asked for. */
export interface PresentOptions {
  /** The slide to start on, from 1. */
  readonly start?: number;
  /** Open the presenter panel (in the plain-text view: print the notes). */
  readonly notes: boolean;
  /** Print the plain-text deck instead of presenting. */
  readonly print: boolean;
  /** Reveal every top-level bullet as a step. */
  readonly reveal?: boolean;
  /** `--theme`; else from COLORFGBG, else dark. */
  readonly theme?: ThemeName;
  /** `--hyperlinks`: links as OSC 8 terminal hyperlinks. */
  readonly hyperlinks?: boolean;
  /** The planned length of the talk, in ms. */
  readonly durationMs?: number;
  /** Reload when the deck's file changes. */
  readonly watch?: boolean;
  /** Mirror the position of a running presenter of the same deck. */
  readonly follow?: boolean;
  /** The deck's file (undefined for standard input): what --watch watches and --follow follows. */
  readonly path?: string;
  /** Reads the deck again (`r`, --watch); undefined when it cannot be read again. */
  readonly reload?: () => Promise<Deck>;
}

/** Presents `deck` and resolves with the exit code. */
export async function present(deck: Deck, options: PresentOptions): Promise<number> {
  const stdout = process.stdout;
  const canPresent = !options.print && stdout.isTTY === true && process.env.TERM !== 'dumb';
  const keys = canPresent ? openKeys() : undefined;
  if (keys === undefined) {
    const width = stdout.isTTY === true ? stdout.columns : undefined;
    await writeStdout(deckToPlainText(deck, { ...(width === undefined ? {} : { width }), notes: options.notes }));
    return EXIT.ok;
  }
  // The --follow channel, named once the first frame is up (hashing the path loads node:crypto).
  let channel: string | undefined;
  const screen = new Screen(stdout);
  // --watch from the first frame on: an edit saved while Ink loads is not lost.
  const watched = options.watch === true && options.path !== undefined ? watchFromNow(options.path) : undefined;
  // Each step on its own: a hung-up terminal (SIGHUP) throws on the raw-mode reset.
  const cleanUp = () => {
    if (channel !== undefined && options.follow !== true) unpublish(channel);
    watched?.stop();
    screen.restore();
    try {
      keys.close();
    } catch {
      // The terminal is gone; nothing to reset.
    }
  };
  const untrap = trapExits(cleanUp);
  try {
    // The presenter answers keys before Ink loads (100–200 ms): raw keys from now on, read by the
    // early presenter until Ink mounts and continues from the state they led to.
    if (keys.stream.isTTY === true) (keys.stream as tty.ReadStream).setRawMode(true);
    const theme = options.theme ?? themeFromColorFgBg(process.env.COLORFGBG);
    const start = presenterStart(deck, startOptions(options, theme));
    const early = startEarlyPresenter(start, screen, keys.stream, Date.now);
    channel = options.path === undefined ? undefined : followFile(options.path);
    const loaded = await loadInk(early);
    if (typeof loaded === 'number') return loaded;
    return await loaded.runPresenter(deck, { stdin: keys.stream, stdout, screen }, {
      prepared: start.prepared,
      initialState: loaded.state,
      initialEffects: early.handedOver,
      startedAt: start.startedAt,
      reveal: options.reveal === true,
      hyperlinks: options.hyperlinks === true,
      theme,
      notes: options.notes,
      collectGarbage,
      ...(options.durationMs === undefined ? {} : { durationMs: options.durationMs }),
      ...(options.reload === undefined ? {} : { reload: options.reload }),
      ...(watched === undefined ? {} : { watch: watched.watch }),
      ...following(channel, options.follow === true),
    });
  } finally {
    cleanUp();
    untrap();
  }
}

/** What the frames depend on, from what `present` was asked for. */
function startOptions(options: PresentOptions, theme: ThemeName): StartOptions {
  return {
    ...(options.start === undefined ? {} : { start: options.start - 1 }),
    reveal: options.reveal === true,
    theme,
    hyperlinks: options.hyperlinks === true,
    notes: options.notes,
    ...(options.durationMs === undefined ? {} : { durationMs: options.durationMs }),
    now: Date.now(),
  };
}

/** The --follow side of the presenter on `channel`: following another presenter, or publishing to it. */
function following(channel: string | undefined, isFollower: boolean): Pick<RunPresenterOptions, 'follow' | 'onMove'> {
  if (channel === undefined) return {};
  if (isFollower) return { follow: (onPosition) => watchPosition(channel, onPosition) };
  return { onMove: (position) => publishPosition(channel, position) };
}

/** Ink loaded and the state the early presenter reached, or the exit code of a key that quit before. */
async function loadInk(early: EarlyPresenter): Promise<number | { readonly runPresenter: typeof RunPresenter; readonly state: NavState }> {
  let state: NavState;
  let loaded: number | typeof import('../ui/ink/run-presenter');
  try {
    yogaOnBaselineCompiler();
    loaded = await Promise.race([withoutFetch(() => import('../ui/ink/run-presenter')), early.quit]);
    // Loading Ink blocks the event loop: let keys and a resize signalled meanwhile reach the early
    // presenter (and stdout's size) before Ink draws its first frame, never at a stale size.
    if (typeof loaded !== 'number') await new Promise((resolve) => setImmediate(resolve));
  } finally {
    state = early.stop();
  }
  // A key quit before Ink was up (q, Ctrl+C).
  if (typeof loaded === 'number') return loaded;
  return state.exitCode ?? { runPresenter: loaded.runPresenter, state };
}

/** Restores the terminal (`cleanUp`) and exits on a signal or a crash; returns how to stop. */
function trapExits(cleanUp: () => void): () => void {
  const leave = (code: number) => {
    cleanUp();
    process.exit(code);
  };
  const onSigint = () => leave(EXIT.sigint);
  const onSigterm = () => leave(EXIT.sigterm);
  const onSighup = () => leave(EXIT.sighup);
  const onCrash = (error: unknown) => {
    cleanUp();
    process.stderr.write(`briefing: internal error: ${error instanceof Error ? error.message : String(error)}; run with DEBUG=briefing for details\n`);
    process.exit(EXIT.internal);
  };
  process.on('SIGINT', onSigint).on('SIGTERM', onSigterm).on('SIGHUP', onSighup).on('uncaughtException', onCrash).on('unhandledRejection', onCrash);
  return () => {
    process.off('SIGINT', onSigint).off('SIGTERM', onSigterm).off('SIGHUP', onSighup).off('uncaughtException', onCrash).off('unhandledRejection', onCrash);
  };
}

/** A watch of the deck's file started before anyone listens, and how to stop it. */
interface EarlyWatch {
  /** Calls `onChange` on each change from now on, at once if the file changed before; returns how to stop listening. */
  readonly watch: (onChange: () => void) => () => void;
  /** Stops watching. */
  stop(): void;
}

/** Watches `path` from now on; a change before the first listener comes is passed on to it. */
function watchFromNow(path: string): EarlyWatch {
  let listener: (() => void) | undefined;
  let isMissed = false;
  const stop = watchFile(path, () => {
    if (listener === undefined) isMissed = true;
    else listener();
  });
  return {
    watch: (onChange) => {
      listener = onChange;
      if (isMissed) {
        isMissed = false;
        onChange();
      }
      return () => {
        if (listener === onChange) listener = undefined;
      };
    },
    stop,
  };
}

/** The terminal keys come from, and how to let it go. */
interface Keys {
  readonly stream: NodeJS.ReadStream;
  close(): void;
}

/** The terminal to read keys from: stdin when it is one, else /dev/tty; undefined with no terminal. */
function openKeys(): Keys | undefined {
  const release = (stream: NodeJS.ReadStream) => {
    if (stream.isTTY === true) (stream as tty.ReadStream).setRawMode(false);
  };
  if (process.stdin.isTTY === true) {
    return {
      stream: process.stdin,
      close: () => {
        release(process.stdin);
        process.stdin.pause();
      },
    };
  }
  try {
    const stream = new tty.ReadStream(openSync('/dev/tty', 'r'));
    return {
      stream,
      close: () => {
        if (!stream.destroyed) release(stream);
        stream.destroy();
      },
    };
  } catch {
    return undefined;
  }
}
