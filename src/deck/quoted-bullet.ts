// A section bullet that is mostly a long quotation shown on the quotes slide: the quotes slide says it, the notes keep it.
import { bulletWordCount } from './bullet-words';
import { quotedSpans } from './quoted-spans';
import { BULLET_HARD_LIMIT_WORDS } from './shorten';

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
