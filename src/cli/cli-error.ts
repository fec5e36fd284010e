// An error the CLI reports as one line on stderr with a chosen exit code.
import type { ExitCode } from './exit-codes';

/** A user-facing failure: `message` is the whole line, `code` the exit code. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly code: ExitCode,
  ) {
    super(message);
  }
}
