// `briefing present`: the options checked, the deck loaded (from the deck cache when this build made it
// before, else built: the analysis loads only then), then presented (and read again for `r` and --watch).
import type { Deck } from '../deck/deck';
import { CliError } from './cli-error';
import type { CommonArgs, PresentArgs } from './command-args';
import { warn } from './diagnostics';
import { parseDuration } from './duration';
import { EXIT } from './exit-codes';
import { isUrl } from './fetch-page';
import { cachedDeck, deckCache, rememberDeck, type BuiltDeck, type DeckSource } from './deck-cache';
import type { Input } from './read-input';
import type { LoadOptions } from './load-deck';
import { checkLimits, loadOptions } from './load-options';
import { present } from './present';
import { defaultArticlePath, inputWarnings, readInput } from './read-input';
import { fileArg } from './stdin-arg';
import { analysing, presenting } from './v8-flags';
import { readStable } from './watch';

/** The present command; resolves with the exit code. */
export async function presentCommand(args: PresentArgs): Promise<number> {
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

/** The deck of `file`: from the deck cache, else built and then remembered (after the first frame). */
async function deckOf(file: string | undefined, args: CommonArgs): Promise<Deck> {
  // The cache holds decks of the default template: a --template is read first, as ever, and nothing is cached.
  const options = args.template === undefined ? undefined : await loadOptions(args);
  checkLimits(args);
  const input = await readInput(file, args['max-size'], process.stdin, args.timeout);
  const cache = options === undefined ? deckCache() : undefined;
  const source: DeckSource = { text: input.text, isMarkdown: input.isMarkdown, isPage: input.isPage, as: args.as, lang: args.lang };
  const cached = cache === undefined ? undefined : cachedDeck(cache, source);
  const built = cached ?? (await buildDeck(input, args, options));
  // Written once the event loop turns: after the first frame, while Ink loads (or once --print has printed).
  if (cache !== undefined && cached === undefined) setImmediate(() => rememberDeck(cache, source, built));
  warn(inputWarnings(input, built.warnings));
  return built.deck;
}

/** Builds the deck of `input` (a deck's parser, or the template, the analysis and the deck rules, load
 * here) with `options` when read already; its warnings about the text. */
async function buildDeck(input: Input, args: CommonArgs, options?: LoadOptions): Promise<BuiltDeck> {
  const { isDeckInput, slideDeck } = await import('./load-slide-deck');
  if (isDeckInput(input, args)) return { deck: analysing(input.text.length, () => slideDeck(input, args)), warnings: [] };
  const { loadDeck } = await import('./load-deck');
  const article = options ?? (await loadOptions(args));
  const loaded = analysing(input.text.length, () => loadDeck(input, article));
  return { deck: loaded.deck, warnings: loaded.analysed?.article.warnings ?? [] };
}

/** The deck of `file` read again for `r` and --watch: read until two reads agree, no warnings (the screen is the presenter's). */
async function reloadDeck(file: string | undefined, args: CommonArgs): Promise<Deck> {
  const options = await loadOptions(args);
  const input = await readStable(() => readInput(file, args['max-size'], process.stdin, args.timeout), (a, b) => a.text === b.text);
  return (await buildDeck(input, args, options)).deck;
}
