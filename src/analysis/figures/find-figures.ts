// Figures: numbers with their unit or noun as the article writes them ("96%", "$10bn",
// "300 millions de mètres cubes", "120,000 barrels of fuel oil a month", "cinquante pays", "fifth largest oil exporter").
import type { Lang } from '../../article/article';
import { sortSmall } from '../small-sort';
import { tokenize, type Token } from '../tokenize';
import { findDigitFigures } from './digit-figures';
import { FigureCover } from './figure-cover';
import type { FigureSpan } from './figure-span';
import { WORDS } from './figure-words';
import { findWordFigures } from './word-figures';

export type { FigureSpan } from './figure-span';

/** The figures of one sentence, in text order; `taken` spans (dates) are skipped. */
export function findFigures(
  text: string,
  lang: Lang,
  taken: readonly { start: number; end: number }[] = [],
  tokens: readonly Token[] = tokenize(text),
): FigureSpan[] {
  const w = WORDS[lang];
  const found = new FigureCover(taken);
  findDigitFigures(text, tokens, w, found);
  findWordFigures(text, tokens, lang, w, found);
  const out = found.figures;
  return out.length > 1 ? sortSmall(out, (a, b) => a.start - b.start) : out;
}
