// The pipeline from read text to a Deck: an article is analysed and composed, a Markdown deck parsed.
import type { Article, Lang } from '../article/article';
import { parseArticle } from '../article/parse-article';
import type { Analysis } from '../analysis/analysis';
import { analyze } from '../analysis/analyze';
import type { Template } from '../analysis/template';
import { compose } from '../deck/compose';
import type { Deck } from '../deck/deck';
import { UnusableInputError } from '../input-error';
import { CliError } from './cli-error';
import { EXIT } from './exit-codes';
import { isDeckInput, slideDeck } from './load-slide-deck';
import { inputWarnings, type Input } from './read-input';

/** How the user asked to read the input. */
export interface LoadOptions {
  /** `--as`: force article or deck; `auto` follows DESIGN.md's rule. */
  readonly as: 'auto' | 'article' | 'deck';
  /** `--lang`: force the language, or detect it. */
  readonly lang: 'auto' | Lang;
  /** The sections, titles and cues to use. */
  readonly template: Template;
}

/** An article's way to its deck, kept for `analyze`. */
export interface AnalysedArticle {
  readonly article: Article;
  readonly analysis: Analysis;
}

/** The deck of an input, and its analysis when it was an article. */
export interface LoadedDeck {
  readonly deck: Deck;
  readonly analysed?: AnalysedArticle;
  readonly warnings: readonly string[];
}

/** Builds the deck of `input`. */
export function loadDeck(input: Input, options: LoadOptions): LoadedDeck {
  if (isDeckInput(input, options)) return { deck: slideDeck(input, options), warnings: input.warnings };
  const analysed = analyseArticle(input, options);
  const deck = compose(analysed.article, analysed.analysis, options.template.split);
  return { deck, analysed, warnings: inputWarnings(input, analysed.article.warnings) };
}

/** Reads `input` as an article and analyses it. */
export function analyseArticle(input: Input, options: LoadOptions): AnalysedArticle {
  try {
    const article = parseArticle(input.text, { ...(options.lang === 'auto' ? {} : { lang: options.lang }), furniture: input.isPage ? 'always' : 'auto' });
    return { article, analysis: analyze(article, options.template) };
  } catch (error) {
    if (error instanceof UnusableInputError) throw new CliError(`${input.label}: ${error.message}`, EXIT.input);
    throw error;
  }
}
