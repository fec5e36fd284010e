// A section bullet that is mostly a long quotation shown on the quotes slide: the quotes slide says it, the notes keep it.
import { BULLET_HARD_LIMIT_WORDS, bulletWordCount } from './bullet-words';
import { quotedSpans } from './quoted-spans';

/**
 * Whether `bullet` is over the hard limit and at least half of its words are one of `shownQuotes`
 * (nothing is deleted inside a quotation, so such a bullet cannot be shortened): the quotes slide
 * shows the quotation with its speaker, and the section slide leaves it to its notes.
 */
export function isLeftToQuotes(bullet: string, shownQuotes: readonly string[]): boolean {
  const words = bulletWordCount(bullet);
  if (words <= BULLET_HARD_LIMIT_WORDS) return false;
  return shownQuotes.some((quote) => quote !== '' && bullet.includes(quote) && 2 * bulletWordCount(quote) >= words);
}

/**
 * Whether `bullet` is over the hard limit and at least two thirds of its words are inside quotation marks: a verbatim
 * passage too long to read off a slide, which no deletion may shorten.
 */
export function isLongQuotation(bullet: string): boolean {
  const words = bulletWordCount(bullet);
  if (words <= BULLET_HARD_LIMIT_WORDS) return false;
  const quoted = quotedSpans(bullet).reduce((n, span) => n + bulletWordCount(bullet, span.start, span.end), 0);
  return 3 * quoted >= 2 * words;
}

/** How many sentences after its first a quotation may run on. */
const MAX_QUOTE_SENTENCES = 8;
const MIN_FRAGMENT_WORDS = 3;

/**
 * The quotations each sentence holds: a quotation of several sentences ("Nous avons un bon résultat. La réforme avance.
 * Merci à tous") belongs to each sentence whose words it holds, not only to its first.
 */
export function quotesBySentence(quotes: readonly { text: string; sentence: number }[], sentences: readonly { text: string }[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const add = (index: number, text: string): void => {
    out.set(index, [...(out.get(index) ?? []), text]);
  };
  for (const quote of quotes) {
    add(quote.sentence, quote.text);
    if (!SENTENCE_STOP.test(quote.text)) continue;
    for (let i = quote.sentence + 1; i <= quote.sentence + MAX_QUOTE_SENTENCES; i++) {
      const sentence = sentences[i];
      if (sentence === undefined || !isFragmentOf(sentence.text, quote.text)) break;
      add(i, quote.text);
    }
  }
  return out;
}

/**
 * Whether `bullet` is one sentence of a quotation of several (`"Nous avons un bon résultat`, `La réforme avance à pas
 * décisifs`, `Merci à tous", a déclaré…`): the quotes slide shows the whole quotation with its speaker; the section slide
 * would show a piece of it as if the briefing said it.
 */
export function isQuoteFragment(bullet: string, shownQuotes: readonly string[]): boolean {
  return shownQuotes.some((quote) => SENTENCE_STOP.test(quote) && isFragmentOf(bullet, quote));
}

/** A stop inside a quotation, then more of it: the quotation has several sentences. */
const SENTENCE_STOP = /[.!?…]\s+\S/u;
const QUOTE_MARK = /[«»“”"„]/u;

/** Whether the text of `sentence` before its first quotation mark (an opening one skipped) is words of `quote`. */
function isFragmentOf(sentence: string, quote: string): boolean {
  const body = sentence.replace(/^\s*[«“"„]\s*/u, '');
  const mark = body.search(QUOTE_MARK);
  const chunk = (mark < 0 ? body : body.slice(0, mark)).replace(/[\s.!?…,;:]+$/u, '').trim();
  return bulletWordCount(chunk) >= MIN_FRAGMENT_WORDS && chunk.length < quote.length && quote.includes(chunk);
}
