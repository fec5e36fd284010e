// Unicode character classes looked up by code point, cached per BMP code point: the hot loops of the
// analysis test one character at a time, where a regular expression with \p{…} costs far more.

const LETTER_RE = /^\p{L}$/u;
const MARK_RE = /^\p{M}$/u;
const NUMBER_RE = /^\p{N}$/u;
const UPPER_RE = /^\p{Lu}$/u;
const LOWER_RE = /^\p{Ll}$/u;

const KNOWN = 128;
/** \p{L} */
export const LETTER = 1;
/** \p{M} */
export const MARK = 2;
/** \p{N} */
export const NUMBER = 4;
/** \p{Lu} */
export const UPPER = 8;
/** \p{Ll} */
export const LOWER = 16;
/** A word character: letter, mark or number. */
export const WORD = LETTER | MARK | NUMBER;

/** Per BMP code point: 0 while unknown, else KNOWN with the class bits. */
const cache = new Uint8Array(0x10000);

function classify(char: string): number {
  return (
    KNOWN |
    (LETTER_RE.test(char) ? LETTER : 0) |
    (MARK_RE.test(char) ? MARK : 0) |
    (NUMBER_RE.test(char) ? NUMBER : 0) |
    (UPPER_RE.test(char) ? UPPER : 0) |
    (LOWER_RE.test(char) ? LOWER : 0)
  );
}

/** The class bits of a code point (a lone surrogate has none). */
export function classOf(codePoint: number): number {
  if (codePoint > 0xffff) return classify(String.fromCodePoint(codePoint));
  let c = cache[codePoint]!;
  if (c === 0) {
    c = classify(String.fromCharCode(codePoint));
    cache[codePoint] = c;
  }
  return c;
}

/** The class bits of the code point at `index` of `text` (0 past the end). */
export function classAt(text: string, index: number): number {
  if (index < 0 || index >= text.length) return 0;
  return classOf(text.codePointAt(index)!);
}

/** The class bits of the UTF-16 code unit at `index`, as a regex without the u flag's pairing would see a lone unit. */
export function unitClassAt(text: string, index: number): number {
  if (index < 0 || index >= text.length) return 0;
  return classOf(text.charCodeAt(index));
}

/** Whether a UTF-16 code unit is white space as /\s/ sees it. */
export function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Whether the text is a word in capitals (NATO, ÉTATS-UNIS): two letters or more, none lowercase, one uppercase. */
export function isUpperWord(text: string): boolean {
  // Most words have an ASCII lowercase letter: they are not.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x61 && code <= 0x7a) return false;
  }
  let letters = '';
  let hasUpper = false;
  for (const char of text) {
    const cls = classOf(char.codePointAt(0)!);
    if ((cls & LETTER) === 0) continue;
    letters += char;
    if ((cls & UPPER) !== 0) hasUpper = true;
  }
  return letters.length >= 2 && hasUpper && letters === letters.toUpperCase();
}
