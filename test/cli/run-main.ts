// Runs the command line in this process: main() from src/cli/main.ts with its standard streams,
// environment and folder swapped for the run. What a spawned CLI would print and exit with, without
// the ~150 ms of starting Node and loading the bundle; tests of what only a process shows (signals,
// real pipes and devices, the bundle's modules) spawn it with runCli instead.
import { Readable, Writable } from 'node:stream';
import { main } from '../../src/cli/main';
import type { CliRun } from './run-cli';

/** How a run is set up: its folder, its standard input and the environment variables it adds. */
export interface MainOptions {
  readonly cwd?: string;
  readonly input?: string | Buffer;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** A stream that keeps what is written to it. */
function capture(chunks: Buffer[]): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
}

/** Runs one at a time: the standard streams and the folder belong to the whole process. */
let queue: Promise<unknown> = Promise.resolve();

/** Runs `briefing ARGS` in-process, standard output and error captured, standard input from `input` (or nothing). */
export function runMain(args: readonly string[], options: MainOptions = {}): Promise<CliRun> {
  const run = queue.then(() => runAlone(args, options));
  queue = run.catch(() => undefined);
  return run;
}

async function runAlone(args: readonly string[], options: MainOptions): Promise<CliRun> {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const streams = {
    stdin: Readable.from(options.input === undefined || options.input.length === 0 ? [] : [Buffer.from(options.input)]),
    stdout: capture(out),
    stderr: capture(err),
  };
  const saved = Object.fromEntries(Object.keys(streams).map((name) => [name, Object.getOwnPropertyDescriptor(process, name)]));
  const savedEnv = Object.fromEntries(Object.keys(options.env ?? {}).map((name) => [name, process.env[name]]));
  const savedCwd = process.cwd();
  for (const [name, stream] of Object.entries(streams)) Object.defineProperty(process, name, { value: stream, configurable: true, writable: true });
  for (const [name, value] of Object.entries(options.env ?? {})) setEnv(name, value);
  try {
    if (options.cwd !== undefined) process.chdir(options.cwd);
    const status = await main(args);
    return { status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
  } finally {
    process.chdir(savedCwd);
    for (const [name, value] of Object.entries(savedEnv)) setEnv(name, value);
    for (const [name, descriptor] of Object.entries(saved)) if (descriptor !== undefined) Object.defineProperty(process, name, descriptor);
  }
}

function setEnv(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
