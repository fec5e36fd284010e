// `briefing present`: the Ink presenter in a terminal, or the deck as plain text when there is none.
import { openSync } from 'node:fs';
import tty from 'node:tty';
import type { Deck } from '../deck/deck';
import { deckToPlainText } from '../markdown/plain-text';
import { EXIT } from './exit-codes';
import { writeStdout } from './stdout';

/** What `present` was asked for. */
export interface PresentOptions {
  /** The slide to start on, from 1. */
  readonly start?: number;
  /** Show the speaker notes (in the plain-text view). */
  readonly notes: boolean;
  /** Print the plain-text deck instead of presenting. */
  readonly print: boolean;
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
  const { runPresenter, restoreTerminal } = await import('../ui/run-presenter');
  const leave = (code: number) => {
    restoreTerminal(stdout);
    process.exit(code);
  };
  const onSigint = () => leave(EXIT.sigint);
  const onSigterm = () => leave(EXIT.sigterm);
  const onSighup = () => leave(EXIT.sighup);
  const onCrash = (error: unknown) => {
    restoreTerminal(stdout);
    process.stderr.write(`briefing: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(EXIT.internal);
  };
  process.on('SIGINT', onSigint).on('SIGTERM', onSigterm).on('SIGHUP', onSighup).on('uncaughtException', onCrash);
  try {
    return await runPresenter(deck, { stdin: keys.stream, stdout }, options.start === undefined ? {} : { start: options.start - 1 });
  } finally {
    restoreTerminal(stdout);
    keys.close();
    process.off('SIGINT', onSigint).off('SIGTERM', onSigterm).off('SIGHUP', onSighup).off('uncaughtException', onCrash);
  }
}

interface Keys {
  readonly stream: NodeJS.ReadStream;
  close(): void;
}

/** The terminal to read keys from: stdin when it is one, else /dev/tty; undefined with no terminal. */
function openKeys(): Keys | undefined {
  if (process.stdin.isTTY === true) return { stream: process.stdin, close: () => process.stdin.pause() };
  try {
    const stream = new tty.ReadStream(openSync('/dev/tty', 'r'));
    return { stream, close: () => stream.destroy() };
  } catch {
    return undefined;
  }
}
