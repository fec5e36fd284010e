// An input read as a Markdown deck: whether it is one (--as, else DESIGN.md's rule) and its slides.
// No analysis here: presenting a deck loads this, never the analysis.
import type { Deck } from '../deck/deck';
import { looksLikeDeck } from '../markdown/detect-deck';
import { parseDeck } from '../markdown/parse-deck';
import { CliError } from './cli-error';
import { EXIT } from './exit-codes';
import type { LoadOptions } from './load-deck';
import type { Input } from './read-input';

/** True when the input is read as a deck (`--as`, else DESIGN.md's rule). */
export function isDeckInput(input: Input, options: Pick<LoadOptions, 'as'>): boolean {
  if (options.as !== 'auto') return options.as === 'deck';
  return looksLikeDeck(input.text, input.isMarkdown);
}

/** The deck `input` holds, in the language `--lang` forces (else its own); a deck with no slide is refused. */
export function slideDeck(input: Input, options: Pick<LoadOptions, 'lang'>): Deck {
  const deck = parseDeck(input.text);
  if (deck.slides.length === 0) throw new CliError(`${input.label}: the deck has no slide`, EXIT.input);
  return options.lang === 'auto' ? deck : { ...deck, lang: options.lang };
}
