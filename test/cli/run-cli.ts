// Runs the built CLI as a user's shell would, without a terminal.
import { spawnSync } from 'node:child_process';
import type { Deck } from '../../src/deck/deck';
import { BIN } from '../e2e/tmux';

/** What a finished CLI run left behind. */
export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `briefing ARGS` in `cwd`, standard input from `input` (or nothing). */
export function runCli(args: readonly string[], options: { cwd?: string; input?: string | Buffer; env?: NodeJS.ProcessEnv } = {}): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? process.cwd(),
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
    timeout: 30_000,
    maxBuffer: 64 << 20,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The default briefing's deck, as `briefing export --format json` writes it. */
export function defaultDeck(): Deck {
  return JSON.parse(runCli(['export', '--format', 'json']).stdout) as Deck;
}
