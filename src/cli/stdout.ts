// Standard output that tolerates a reader that went away (`briefing … | head`).

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

/** Swallows EPIPE on standard output so a closed pipe is not an error. */
export function tolerateClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') {
      isClosed = true;
      process.exit(0);
    }
    throw error;
  });
}
