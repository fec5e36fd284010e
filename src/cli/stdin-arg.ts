// `-` (standard input) as a FILE argument: yargs drops a lone `-` positional, so it travels under a
// mark and is turned back into `-`.
const STDIN_MARK = '\u0000stdin';
const OPTIONS_WITH_VALUE = new Set(['-o', '--output', '--out-dir', '--template', '--start', '--max-size', '--timeout', '--format', '--as', '--lang', '--duration', '--theme']);

/** `-` (standard input) as yargs can carry it. */
export function protectStdin(argv: readonly string[]): string[] {
  return argv.map((arg, i) => (arg === '-' && !OPTIONS_WITH_VALUE.has(argv[i - 1] ?? '') ? STDIN_MARK : arg));
}

/** A FILE argument as the user wrote it. */
export function fileArg(file: string | undefined): string | undefined {
  return file === STDIN_MARK ? '-' : file;
}
