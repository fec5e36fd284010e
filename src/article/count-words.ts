// How many words a text has, as the analysis and the lead title count them: white-space-separated
// chunks that hold a letter or a number (a dash, « or … alone is no word). The deck's bullet lengths
// count differently: every run of non-space characters (deck/shorten.ts).

const SPACE = /\s/u;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/**
 * How many white-space-separated chunks of `text` hold a letter or a number: what
 * `text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length` counts, without the strings.
 */
export function countWords(text: string): number {
  let words = 0;
  let counted = false;
  for (const char of text) {
    if (isSpace(char)) {
      counted = false;
    } else if (!counted && isLetterOrNumber(char)) {
      words++;
      counted = true;
    }
  }
  return words;
}

/** Whether a character is white space as /\s/u sees it; ASCII without a regular expression (most text). */
function isSpace(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return SPACE.test(char);
}

/** Whether a character is a letter or a number (\p{L}, \p{N}); ASCII without a regular expression. */
function isLetterOrNumber(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return LETTER_OR_NUMBER.test(char);
}
