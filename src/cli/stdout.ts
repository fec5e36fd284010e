// Standard output that tolerates a reader that went away (`briefing … | head`).
import { EXIT } from './exit-codes';

let isClosed = false;

/** Writes `text` to standard output; a closed pipe ends the program quietly with 0. */
export function writeStdout(text: string): Promise<void> {
  if (isClosed) return Promise.resolve();
  return new Promise((resolve) => {
    process.stdout.write(text, (error) => {
      if (error !== undefined && error !== null) isClosed = true;
      resolve();
    });
  });
}

/**
 * Swallows EPIPE on standard output so a closed pipe is not an error (exit 0, nothing said); any
 * other failure to write standard output (a full disk) is one line on stderr and exit 3, never a stack trace.
 */
export function tolerateClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    isClosed = true;
    if (error.code === 'EPIPE') process.exit(0);
    process.stderr.write(`briefing: cannot write to standard output (${error.code ?? 'error'}); check where the output goes\n`);
    process.exit(EXIT.output);
  });
}
