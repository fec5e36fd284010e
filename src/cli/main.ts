// The command line: yargs commands that run the pipeline and map every failure to one line and an exit code.
// Each command's code loads when it runs: presenting a deck from the deck cache never loads the analysis.
import type { Argv } from 'yargs';
import { CliError } from './cli-error';
import { COMMON_DEFAULTS } from './command-args';
import { report } from './diagnostics';
import { EXIT } from './exit-codes';
import { presentCommand } from './present-command';
import { quickAnalyzeArgs, quickPresentArgs } from './quick-args';
import { fileArg, protectStdin } from './stdin-arg';
import { tolerateClosedPipe } from './stdout';

declare const BRIEFING_VERSION: string;
const VERSION = typeof BRIEFING_VERSION === 'string' ? BRIEFING_VERSION : '0.0.0-dev';

/** Runs the command line `argv` (without node and script) and resolves with the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  tolerateClosedPipe();
  try {
    // The common case, `briefing` or `briefing FILE`, skips yargs (quick-args.ts says why).
    const quick = quickPresentArgs(argv);
    if (quick !== undefined) return await presentCommand(quick);
    // `briefing analyze FILE [--json]` too: on a long article the analysis is what counts, not yargs.
    const quickAnalyze = quickAnalyzeArgs(argv);
    if (quickAnalyze !== undefined) {
      const { analyzeCommand } = await import('./analyze-command');
      return await analyzeCommand(quickAnalyze.file, quickAnalyze);
    }
    return await parseWithYargs(argv);
  } catch (error) {
    return report(error);
  }
}

/** Any other command line, parsed by yargs (loaded only now), run, and its exit code. */
async function parseWithYargs(argv: readonly string[]): Promise<number> {
  let exitCode: number = EXIT.ok;
  const { default: yargs } = await import('yargs');
  await commonOptions(yargs(protectStdin(argv)))
    .scriptName('briefing')
    .usage(
      'briefing [FILE|URL]: turn a news article into briefing slides and present them\n\nFILE is an article (.txt, .md), a saved web page (.html) or a Markdown deck; - reads standard input; an http(s) URL is fetched; none presents the default briefing.',
    )
    .command(
      ['present [file]', '$0 [file]'],
      'present a briefing in the terminal (the default command)',
      presentOptions,
      async (args) => {
        exitCode = await presentCommand(args);
      },
    )
    .command(
      'export [files..]',
      'export the deck as Markdown (Marp, presenterm, slides) or JSON',
      exportOptions,
      async (args) => {
        const { exportDecks } = await import('./export-command');
        exitCode = await exportDecks((args.files ?? []).map((f) => fileArg(f) ?? f), args);
      },
    )
    .command(
      'analyze [file]',
      'show which sentences serve which section, and why',
      analyzeOptions,
      async (args) => {
        const { analyzeCommand } = await import('./analyze-command');
        exitCode = await analyzeCommand(fileArg(args.file), args);
      },
    )
    .strict()
    .help()
    .alias('h', 'help')
    .version(VERSION)
    .wrap(Math.min(100, process.stdout.columns ?? 80))
    .fail((message, error) => {
      if (error !== undefined && error !== null) throw error;
      throw new CliError(`${message}; see briefing --help`, EXIT.usage);
    })
    .exitProcess(false)
    .parseAsync();
  return exitCode;
}

/** The options every command takes, declared on `y`. */
function commonOptions(y: Argv) {
  return y
    .option('as', { choices: ['auto', 'article', 'deck'] as const, default: COMMON_DEFAULTS.as, describe: 'read FILE as an article or a deck' })
    .option('lang', { choices: ['auto', 'fr', 'en'] as const, default: COMMON_DEFAULTS.lang, describe: 'language of the article' })
    .option('template', { type: 'string', requiresArg: true, describe: 'JSON file of sections, titles and cues' })
    .option('max-size', { type: 'number', default: COMMON_DEFAULTS['max-size'], requiresArg: true, describe: 'largest input read, in MB' })
    .option('timeout', { type: 'number', default: COMMON_DEFAULTS.timeout, requiresArg: true, describe: 'longest a URL may take to fetch, in seconds' })
    .option('color', { type: 'boolean', default: true, describe: 'colours (--no-color turns them off; so does NO_COLOR)' });
}

/** The parser with the options every command takes. */
type CommonArgv = ReturnType<typeof commonOptions>;

/** The present command's FILE and options, declared on `y`. */
function presentOptions(y: CommonArgv) {
  return y
    .positional('file', { type: 'string', describe: 'article, web page, URL or deck (- for standard input)' })
    .option('start', { type: 'number', requiresArg: true, describe: 'slide to start on (from 1)' })
    .option('watch', { type: 'boolean', default: false, describe: 'reload when the file changes' })
    .option('notes', { type: 'boolean', default: false, describe: 'open the presenter panel (notes, clock); with --print, print the notes' })
    .option('follow', { type: 'boolean', default: false, describe: 'mirror the position of a running presenter of the same deck' })
    .option('reveal', { type: 'boolean', default: false, describe: 'reveal bullets one at a time' })
    .option('duration', { type: 'string', requiresArg: true, describe: 'planned length of the talk (10m, 1h30m, 90s): time left and pace in the panel' })
    .option('theme', { choices: ['dark', 'light'] as const, describe: 'colours for a dark or light background (default: from COLORFGBG, else dark)' })
    .option('hyperlinks', { type: 'boolean', default: false, describe: 'show links as terminal hyperlinks (OSC 8) instead of their URL' })
    .option('print', { type: 'boolean', default: false, describe: 'print the deck as plain text' });
}

/** The export command's FILEs and options, declared on `y`. */
function exportOptions(y: CommonArgv) {
  return y
    .positional('files', { type: 'string', array: true, describe: 'articles, web pages, URLs or decks (- for standard input)' })
    .option('o', { alias: 'output', type: 'string', requiresArg: true, describe: 'file to write (- for standard output)' })
    .option('out-dir', { type: 'string', requiresArg: true, describe: 'folder for one deck per input' })
    .option('format', { choices: ['md', 'json'] as const, describe: 'md (default) or json; wins over the extension of -o' })
    .option('force', { type: 'boolean', default: false, describe: 'overwrite existing files' })
    .conflicts('o', 'out-dir');
}

/** The analyze command's FILE and options, declared on `y`. */
function analyzeOptions(y: CommonArgv) {
  return y
    .positional('file', { type: 'string', describe: 'article, web page or URL (- for standard input)' })
    .option('json', { type: 'boolean', default: false, describe: 'print the analysis JSON' });
}
