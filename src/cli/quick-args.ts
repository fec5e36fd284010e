// The command lines read without yargs: loading it and building its parser costs tens of milliseconds
// before the first frame, which the bench holds to a few times a bare `node` start (README, Performance).
import { COMMON_DEFAULTS, type AnalyzeArgs, type PresentArgs } from './command-args';

/** Words that yargs reads as a command rather than as a FILE. */
const COMMAND_WORDS = new Set(['present', 'export', 'analyze', 'help']);

/**
 * The present command's arguments for a command line that is empty or a lone FILE (not an option, not
 * `-`, not a command word): what yargs would parse, every option at its default. Undefined otherwise.
 */
export function quickPresentArgs(argv: readonly string[]): PresentArgs | undefined {
  const file = argv[0];
  if (argv.length > 1 || (file !== undefined && (file === '' || file.startsWith('-') || COMMAND_WORDS.has(file)))) return undefined;
  return {
    ...(file === undefined ? {} : { file }),
    ...COMMON_DEFAULTS,
    watch: false,
    notes: false,
    follow: false,
    reveal: false,
    hyperlinks: false,
    print: false,
  };
}

/**
 * `analyze FILE`, `analyze FILE --json` or `analyze --json FILE` (FILE a path or `-`), with the
 * defaults yargs would give; any other command line is undefined (yargs reads it).
 */
export function quickAnalyzeArgs(argv: readonly string[]): (AnalyzeArgs & { file: string }) | undefined {
  if (argv[0] !== 'analyze' || argv.length < 2 || argv.length > 3) return undefined;
  const rest = argv.slice(1);
  const json = rest.includes('--json');
  const files = rest.filter((arg) => arg !== '--json');
  const file = files[0];
  if (files.length !== 1 || file === undefined || file === '' || (file.startsWith('-') && file !== '-')) return undefined;
  return { file, json, ...COMMON_DEFAULTS };
}
