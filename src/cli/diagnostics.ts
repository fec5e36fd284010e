// What the command line says on standard error: warnings, and a failure as one line with its exit code.
import { CliError } from './cli-error';
import { displayName } from './display-name';
import { EXIT } from './exit-codes';

/** Writes each warning on a line of its own. */
export function warn(warnings: readonly string[]): void {
  for (const w of warnings) process.stderr.write(`briefing: warning: ${w}\n`);
}

/** Writes a failure as one line (a stack trace only with DEBUG=briefing) and returns its exit code. */
export function report(error: unknown): number {
  if (error instanceof CliError) {
    process.stderr.write(`briefing: ${displayName(error.message)}\n`);
    return error.code;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`briefing: internal error: ${displayName(message)}; run with DEBUG=briefing for details\n`);
  if ((process.env.DEBUG ?? '').split(',').includes('briefing') && error instanceof Error && error.stack !== undefined) {
    process.stderr.write(`${error.stack}\n`);
  }
  return EXIT.internal;
}
