// `briefing present`: the options checked, the deck loaded, then presented (and read again for `r` and --watch).
import type { Deck } from '../deck/deck';
import { CliError } from './cli-error';
import type { CommonArgs, PresentArgs } from './command-args';
import { warn } from './diagnostics';
import { parseDuration } from './duration';
import { EXIT } from './exit-codes';
import { isUrl } from './fetch-page';
import { loadDeck } from './load-deck';
import { loadOptions } from './load-options';
import { present } from './present';
import { defaultArticlePath, readInput } from './read-input';
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
