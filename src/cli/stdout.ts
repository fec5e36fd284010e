// Standard output that tolerates a reader that went away (`briefing … | head`).
import { EXIT } from './exit-codes';

let isClosed = false;

/** Writes `text` (or bytes) to standard output; a closed pipe ends the program quietly with 0. */
export function writeStdout(text: string | Uint8Array): Promise<void> {
  if (isClosed) return Promise.resolve();
  return new Promise((resolve) => {
    process.stdout.write(text, (error) => {
      if (error !== undefined && error !== null) isClosed = true;
      resolve();
    });
  });
}

/** How many bytes are gathered before one write of `writeStdoutPieces`. */
const BATCH_BYTES = 1 << 20;

/**
 * Writes the pieces in order, encoded straight into writes of about a megabyte: a long JSON never becomes one
 * string, and small pieces are not joined into a long one first (flattening it cost more than the encoding).
 */
export async function writeStdoutPieces(pieces: Iterable<string>): Promise<void> {
  let batch = Buffer.allocUnsafe(BATCH_BYTES);
  let size = 0;
  for (const piece of pieces) {
    // A UTF-16 code unit is at most three bytes of UTF-8.
    if (size + piece.length * 3 > batch.length) {
      if (size > 0) await writeStdout(batch.subarray(0, size));
      if (isClosed) return;
      batch = Buffer.allocUnsafe(Math.max(BATCH_BYTES, piece.length * 3));
      size = 0;
    }
    size += batch.write(piece, size);
  }
  if (size > 0) await writeStdout(batch.subarray(0, size));
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
