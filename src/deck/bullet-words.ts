// How many words a bullet has, counted as the deck-quality check counts them ("l’accord" is two).

const WORD = /[\p{L}\p{N}_%$€£]+/gu;

/** The number of words of `text`: runs of letters, digits, %, $, € and £ (an apostrophe separates two). */
export function bulletWordCount(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
  return n;
}
