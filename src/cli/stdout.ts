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

/** How much text is gathered before one write of `writeStdoutPieces`. */
const BATCH_CHARS = 1 << 20;

/** Writes the pieces in order, gathered into writes of about a million characters (a long JSON never becomes one string). */
export async function writeStdoutPieces(pieces: Iterable<string>): Promise<void> {
  let batch: string[] = [];
  let size = 0;
  for (const piece of pieces) {
    batch.push(piece);
    size += piece.length;
    if (size < BATCH_CHARS) continue;
    await writeStdout(batch.join(''));
    if (isClosed) return;
    batch = [];
    size = 0;
  }
  if (batch.length > 0) await writeStdout(batch.join(''));
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
