// The command line: yargs commands that run the pipeline and map every failure to one line and an exit code.
import type { Argv } from 'yargs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Lang } from '../article/article';
import { analysisJsonPieces } from '../analysis/analysis-json';
import { explainAnalysis } from '../analysis/explain';
import { DEFAULT_TEMPLATE, parseTemplate } from '../analysis/template';
import type { Template } from '../analysis/template';
import { deckToJson } from '../deck/deck-json';
import type { Deck } from '../deck/deck';
import { deckToMarkdown } from '../markdown/export-markdown';
import { CliError } from './cli-error';
import { displayName } from './display-name';
import { EXIT } from './exit-codes';
import { explainFurniture } from './explain-furniture';
import { analyseArticle, isDeckInput, loadDeck } from './load-deck';
import type { LoadOptions } from './load-deck';
import { present } from './present';
import { DEFAULT_TIMEOUT_S, defaultArticlePath, readInput } from './read-input';
import { isUrl } from './fetch-page';
import { parseDuration } from './duration';
import { readStable } from './watch';
import { tolerateClosedPipe, writeStdout, writeStdoutPieces } from './stdout';
import { checkFolder, checkTarget, makeFolder, writeAtomically } from './write-output';
import { analysing, presenting } from './v8-flags';

declare const BRIEFING_VERSION: string;
const VERSION = typeof BRIEFING_VERSION === 'string' ? BRIEFING_VERSION : '0.0.0-dev';

/** Options every command takes. */
interface CommonArgs {
  as: 'auto' | 'article' | 'deck';
  lang: 'auto' | Lang;
  template?: string;
  'max-size': number;
  timeout: number;
}

/** The defaults of the options every command takes (yargs' and the quick paths'). */
const COMMON_DEFAULTS = { as: 'auto', lang: 'auto', 'max-size': 50, timeout: DEFAULT_TIMEOUT_S } as const satisfies CommonArgs;

// yargs drops a lone `-` positional; it travels under this name and is turned back into `-`.
const STDIN_MARK = '\u0000stdin';
const OPTIONS_WITH_VALUE = new Set(['-o', '--output', '--out-dir', '--template', '--start', '--max-size', '--timeout', '--format', '--as', '--lang', '--duration', '--theme']);

/** `-` (standard input) as yargs can carry it. */
function protectStdin(argv: readonly string[]): string[] {
  return argv.map((arg, i) => (arg === '-' && !OPTIONS_WITH_VALUE.has(argv[i - 1] ?? '') ? STDIN_MARK : arg));
}

/** A FILE argument as the user wrote it. */
function fileArg(file: string | undefined): string | undefined {
  return file === STDIN_MARK ? '-' : file;
}

/** Runs the command line `argv` (without node and script) and resolves with the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  tolerateClosedPipe();
  let exitCode: number = EXIT.ok;
  try {
    // The common case, `briefing` or `briefing FILE`, skips yargs: loading it and building its parser
    // costs tens of milliseconds before the first frame, which the bench holds to a few times a bare
    // `node` start (README, Performance).
    const quick = quickPresentArgs(argv);
    if (quick !== undefined) return await presentCommand(quick);
    // `briefing analyze FILE [--json]` too: on a long article the analysis is what counts, not yargs.
    const quickAnalyze = quickAnalyzeArgs(argv);
    if (quickAnalyze !== undefined) return await analyzeCommand(quickAnalyze.file, quickAnalyze);
    const { default: yargs } = await import('yargs');
    await commonOptions(yargs(protectStdin(argv)))
      .scriptName('briefing')
      .usage(
        'briefing [FILE|URL]: turn a news article into briefing slides and present them\n\nFILE is an article (.txt, .md), a saved web page (.html) or a Markdown deck; - reads standard input; an http(s) URL is fetched; none presents the default briefing.',
      )
      .command(
        ['present [file]', '$0 [file]'],
        'present a briefing in the terminal (the default command)',
        (y) =>
          y
            .positional('file', { type: 'string', describe: 'article, web page, URL or deck (- for standard input)' })
            .option('start', { type: 'number', requiresArg: true, describe: 'slide to start on (from 1)' })
            .option('watch', { type: 'boolean', default: false, describe: 'reload when the file changes' })
            .option('notes', { type: 'boolean', default: false, describe: 'open the presenter panel (notes, clock); with --print, print the notes' })
            .option('follow', { type: 'boolean', default: false, describe: 'mirror the position of a running presenter of the same deck' })
            .option('reveal', { type: 'boolean', default: false, describe: 'reveal bullets one at a time' })
            .option('duration', { type: 'string', requiresArg: true, describe: 'planned length of the talk (10m, 1h30m, 90s): time left and pace in the panel' })
            .option('theme', { choices: ['dark', 'light'] as const, describe: 'colours for a dark or light background (default: from COLORFGBG, else dark)' })
            .option('hyperlinks', { type: 'boolean', default: false, describe: 'show links as terminal hyperlinks (OSC 8) instead of their URL' })
            .option('print', { type: 'boolean', default: false, describe: 'print the deck as plain text' }),
        async (args) => {
          exitCode = await presentCommand(args);
        },
      )
      .command(
        'export [files..]',
        'export the deck as Markdown (Marp, presenterm, slides) or JSON',
        (y) =>
          y
            .positional('files', { type: 'string', array: true, describe: 'articles, web pages, URLs or decks (- for standard input)' })
            .option('o', { alias: 'output', type: 'string', requiresArg: true, describe: 'file to write (- for standard output)' })
            .option('out-dir', { type: 'string', requiresArg: true, describe: 'folder for one deck per input' })
            .option('format', { choices: ['md', 'json'] as const, describe: 'md (default) or json; wins over the extension of -o' })
            .option('force', { type: 'boolean', default: false, describe: 'overwrite existing files' })
            .conflicts('o', 'out-dir'),
        async (args) => {
          exitCode = await exportDecks((args.files ?? []).map((f) => fileArg(f) ?? f), args);
        },
      )
      .command(
        'analyze [file]',
        'show which sentences serve which section, and why',
        (y) =>
          y
            .positional('file', { type: 'string', describe: 'article, web page or URL (- for standard input)' })
            .option('json', { type: 'boolean', default: false, describe: 'print the analysis JSON' }),
        async (args) => {
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
  } catch (error) {
    return report(error);
  }
}

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
export function quickAnalyzeArgs(argv: readonly string[]): (CommonArgs & { file: string; json: boolean }) | undefined {
  if (argv[0] !== 'analyze' || argv.length < 2 || argv.length > 3) return undefined;
  const rest = argv.slice(1);
  const json = rest.includes('--json');
  const files = rest.filter((arg) => arg !== '--json');
  const file = files[0];
  if (files.length !== 1 || file === undefined || file === '' || (file.startsWith('-') && file !== '-')) return undefined;
  return { file, json, ...COMMON_DEFAULTS };
}

/** What the present command reads from its command line (yargs' parse, or the defaults on the quick path). */
interface PresentArgs extends CommonArgs {
  file?: string;
  start?: number;
  watch: boolean;
  notes: boolean;
  follow: boolean;
  reveal: boolean;
  duration?: string;
  theme?: 'dark' | 'light';
  hyperlinks: boolean;
  print: boolean;
}

/** The present command; resolves with the exit code. */
async function presentCommand(args: PresentArgs): Promise<number> {
  presenting();
  const file = fileArg(args.file);
  const durationMs = args.duration === undefined ? undefined : parseDuration(args.duration);
  if (args.duration !== undefined && durationMs === undefined) {
    throw new CliError(`--duration takes a length such as 10m, 1h30m or 90s, not ${args.duration}`, EXIT.usage);
  }
  const isFetched = file !== undefined && isUrl(file);
  if ((file === '-' || isFetched) && (args.watch || args.follow)) {
    throw new CliError(`--${args.watch ? 'watch' : 'follow'} needs a file, not ${isFetched ? 'a URL' : 'standard input'}`, EXIT.usage);
  }
  const deck = await deckOf(file, args);
  if (args.start !== undefined && !(Number.isInteger(args.start) && args.start >= 1)) {
    throw new CliError(`--start takes a slide number from 1 to ${deck.slides.length}`, EXIT.usage);
  }
  const start = args.start === undefined ? undefined : Math.min(args.start, deck.slides.length);
  return present(deck, {
    ...(start === undefined ? {} : { start }),
    notes: args.notes,
    print: args.print,
    reveal: args.reveal,
    hyperlinks: args.hyperlinks,
    watch: args.watch,
    follow: args.follow,
    ...(args.theme === undefined ? {} : { theme: args.theme }),
    ...(durationMs === undefined ? {} : { durationMs }),
    ...(file === '-' || isFetched ? {} : { path: file ?? defaultArticlePath(), reload: () => reloadDeck(file, args) }),
  });
}

function commonOptions(y: Argv) {
  return y
    .option('as', { choices: ['auto', 'article', 'deck'] as const, default: COMMON_DEFAULTS.as, describe: 'read FILE as an article or a deck' })
    .option('lang', { choices: ['auto', 'fr', 'en'] as const, default: COMMON_DEFAULTS.lang, describe: 'language of the article' })
    .option('template', { type: 'string', requiresArg: true, describe: 'JSON file of sections, titles and cues' })
    .option('max-size', { type: 'number', default: COMMON_DEFAULTS['max-size'], requiresArg: true, describe: 'largest input read, in MB' })
    .option('timeout', { type: 'number', default: COMMON_DEFAULTS.timeout, requiresArg: true, describe: 'longest a URL may take to fetch, in seconds' })
    .option('color', { type: 'boolean', default: true, describe: 'colours (--no-color turns them off; so does NO_COLOR)' });
}

async function loadOptions(args: CommonArgs): Promise<LoadOptions> {
  if (!(args['max-size'] > 0)) throw new CliError('--max-size takes a positive number of megabytes', EXIT.usage);
  if (!(args.timeout > 0)) throw new CliError('--timeout takes a positive number of seconds', EXIT.usage);
  return { as: args.as, lang: args.lang, template: await loadTemplate(args.template) };
}

async function loadTemplate(path: string | undefined): Promise<Template> {
  if (path === undefined) return DEFAULT_TEMPLATE;
  const label = displayName(path);
  const text = await readFile(path, 'utf8').catch(() => {
    throw new CliError(`${label}: template cannot be read; check the path`, EXIT.input);
  });
  try {
    return parseTemplate(JSON.parse(text));
  } catch (error) {
    throw new CliError(`${label}: not a usable template: ${error instanceof Error ? error.message : String(error)}`, EXIT.input);
  }
}

async function deckOf(file: string | undefined, args: CommonArgs): Promise<Deck> {
  const options = await loadOptions(args);
  const input = await readInput(file, args['max-size'], process.stdin, args.timeout);
  const loaded = analysing(input.text.length, () => loadDeck(input, options));
  warn(loaded.warnings);
  return loaded.deck;
}

/** The deck of `file` read again for `r` and --watch: read until two reads agree, no warnings (the screen is the presenter's). */
async function reloadDeck(file: string | undefined, args: CommonArgs): Promise<Deck> {
  const options = await loadOptions(args);
  const input = await readStable(() => readInput(file, args['max-size'], process.stdin, args.timeout), (a, b) => a.text === b.text);
  return analysing(input.text.length, () => loadDeck(input, options)).deck;
}

async function analyzeCommand(file: string | undefined, args: CommonArgs & { json: boolean }): Promise<number> {
  const options = await loadOptions(args);
  const input = await readInput(file, args['max-size'], process.stdin, args.timeout);
  if (options.as !== 'article' && isDeckInput(input, options)) {
    throw new CliError(`${input.label} is a slide deck, not an article; use --as article to analyse it anyway`, EXIT.usage);
  }
  const { article, analysis } = analyseArticle(input, { ...options, as: 'article' });
  warn([...input.warnings, ...article.warnings.map((w) => `${input.label}: ${w}`)]);
  await (args.json ? writeStdoutPieces(analysisJsonPieces(analysis)) : writeStdout(explainAnalysis(analysis) + explainFurniture(article.removed ?? [])));
  return EXIT.ok;
}

interface ExportArgs extends CommonArgs {
  o?: string;
  'out-dir'?: string;
  format?: 'md' | 'json';
  force: boolean;
}

async function exportDecks(files: readonly string[], args: ExportArgs): Promise<number> {
  const inputs = files.length === 0 ? [undefined] : files;
  if (inputs.length > 1 && args['out-dir'] === undefined) {
    throw new CliError('several inputs need --out-dir DIR (one deck per input)', EXIT.usage);
  }
  const options = await loadOptions(args);
  const jobs: { target: string | undefined; text: string }[] = [];
  for (const file of inputs) {
    const input = await readInput(file, args['max-size'], process.stdin, args.timeout);
    const loaded = loadDeck(input, options);
    warn(loaded.warnings);
    const format = args.format ?? (args.o?.toLowerCase().endsWith('.json') ? 'json' : 'md');
    const text = format === 'json' ? deckToJson(loaded.deck) : deckToMarkdown(loaded.deck);
    const target = args['out-dir'] !== undefined ? join(args['out-dir'], `${input.baseName}.${format}`) : args.o === '-' ? undefined : args.o;
    jobs.push({ target, text });
  }
  const targets = jobs.map((j) => j.target).filter((t): t is string => t !== undefined);
  const repeated = targets.find((t, i) => targets.indexOf(t) !== i);
  if (repeated !== undefined) throw new CliError(`two inputs would both write ${displayName(repeated)}; rename one`, EXIT.usage);
  // Every check before the folder is made: a refused export leaves nothing behind.
  const folderIsMissing = args['out-dir'] !== undefined && !(await checkFolder(args['out-dir']));
  for (const target of targets) await checkTarget(target, args.force, folderIsMissing);
  if (args['out-dir'] !== undefined) await makeFolder(args['out-dir']);
  for (const job of jobs) {
    if (job.target === undefined) await writeStdout(job.text);
    else await writeAtomically(job.target, job.text);
  }
  return EXIT.ok;
}

function warn(warnings: readonly string[]): void {
  for (const w of warnings) process.stderr.write(`briefing: warning: ${w}\n`);
}

function report(error: unknown): number {
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
