// How many words a bullet has, counted as the deck-quality check counts them ("l’accord" is two).

/** A bullet still longer than this may lose a clause that holds a figure (the figures slide shows it), then a closing stretch. */
export const BULLET_HARD_LIMIT_WORDS = 25;

const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}€£]/u;

/** The number of words of `text[start, end)`: runs of letters, digits, _, %, $, € and £ (an apostrophe separates two). One pass, no allocation for ASCII. */
export function bulletWordCount(text: string, start = 0, end = text.length): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    let isWord: boolean;
    if (code < 128) {
      isWord = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 37 || code === 36;
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < end) {
      isWord = NON_ASCII_WORD_CHAR.test(text.slice(i, i + 2));
      i++;
    } else {
      isWord = NON_ASCII_WORD_CHAR.test(text[i] as string);
    }
    if (isWord && !inWord) n++;
    inWord = isWord;
  }
  return n;
}

/** The number of runs of non-space characters of `text`: a slide's size in words, as its split counts them. */
export function countSpacedRuns(text: string): number {
  let count = 0;
  let inWord = false;
  for (const ch of text) {
    const isSpace = ch === ' ' || ch === '\n' || ch === '\t' || ch === '\u00a0' || ch === '\u202f';
    if (!isSpace && !inWord) count++;
    inWord = !isSpace;
  }
  return count;
}
