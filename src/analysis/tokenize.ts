// Word tokens with their offsets: the unit that cues, entities and the title overlap are matched on.
import { UPPER, WORD, classOf, isSpaceCode } from './char-class';
import { fold } from '../text/fold';
import { lowerBound } from './lower-bound';

/** A word of a sentence. */
export interface Token {
  /** The word as the article writes it. */
  readonly text: string;
  /** Offset of its first character in the sentence text. */
  readonly start: number;
  /** Offset just after its last character. */
  readonly end: number;
  /** The folded form (lower case, no accents) used for matching. */
  readonly key: string;
}

// A word is a run of letters, marks and digits, with inner hyphens (cessez-le-feu); a dotted acronym
// (U.S., U.K.) is one word; apostrophes split words (l'accord → l + accord, didn't → didn + t).
// The same language as /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-‐‑][\p{L}\p{M}\p{N}]+)*/gu, scanned by hand:
// the regular expression with Unicode classes was one of the analysis's largest costs.
function isHyphen(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2011;
}

function width(codePoint: number): number {
  return codePoint > 0xffff ? 2 : 1;
}

/** The end of a dotted acronym (two or more "X.") starting at `i`, or -1. */
function acronymEnd(text: string, i: number): number {
  let k = i;
  let letters = 0;
  while (k < text.length) {
    const cp = text.codePointAt(k)!;
    if ((classOf(cp) & UPPER) === 0) break;
    const after = k + width(cp);
    if (text.charCodeAt(after) !== 0x2e) break;
    k = after + 1;
    letters++;
  }
  return letters >= 2 ? k : -1;
}

/** The end of the run of word characters starting at `i` (`i` itself if there is none). */
function runEnd(text: string, i: number): number {
  let k = i;
  while (k < text.length) {
    const code = text.charCodeAt(k);
    if (code < 0xd800 || code > 0xdbff) {
      if ((classOf(code) & WORD) === 0) break;
      k++;
    } else {
      const cp = text.codePointAt(k)!;
      if ((classOf(cp) & WORD) === 0) break;
      k += width(cp);
    }
  }
  return k;
}

/** Splits a sentence into word tokens (linear in its length). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  scanInto(tokens, text, 0, text.length, false);
  return tokens;
}

/** The index of the first capital letter at or after `from` (its first code unit), or -1. */
function nextCapital(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code >= 0x41 && code <= 0x5a) return i;
      continue;
    }
    const cp = code >= 0xd800 && code <= 0xdbff ? text.codePointAt(i)! : code;
    if ((classOf(cp) & UPPER) !== 0) return i;
    if (cp > 0xffff) i++;
  }
  return -1;
}

/**
 * The tokens of a sentence that hold a capital letter (what a first look for names needs), as tokenize
 * finds them. It jumps from capital to capital and tokenizes only the run of non-space characters around
 * each (no token spans a space, so a run is tokenized as the whole sentence would be).
 */
export function capitalisedTokens(text: string): Token[] {
  const tokens: Token[] = [];
  let done = 0;
  for (let at = nextCapital(text, 0); at >= 0; at = nextCapital(text, done)) {
    let from = at;
    while (from > done && !isSpaceCode(text.charCodeAt(from - 1))) from--;
    let to = at + 1;
    while (to < text.length && !isSpaceCode(text.charCodeAt(to))) to++;
    scanInto(tokens, text, from, to, true);
    done = to;
  }
  return tokens;
}

function hasCapital(text: string, start: number, end: number): boolean {
  let astral = false;
  for (let k = start; k < end; k++) {
    const code = text.charCodeAt(k);
    if ((classOf(code) & UPPER) !== 0) return true;
    if (code >= 0xd800 && code <= 0xdbff) astral = true;
  }
  // An astral capital (two code units) is rare enough to check the slow way.
  return astral && /\p{Lu}/u.test(text.slice(start, end));
}

/** Adds the tokens of text[from, to) to `tokens`; `from` and `to` must not fall inside a token. */
function scanInto(tokens: Token[], text: string, from: number, to: number, onlyCapitalised: boolean): void {
  let i = from;
  while (i < to) {
    const cp = text.codePointAt(i)!;
    const cls = classOf(cp);
    if ((cls & WORD) === 0) {
      i += width(cp);
      continue;
    }
    let end = (cls & UPPER) !== 0 && text.charCodeAt(i + width(cp)) === 0x2e ? acronymEnd(text, i) : -1;
    if (end < 0) {
      end = runEnd(text, i);
      while (isHyphen(text.charCodeAt(end))) {
        const after = runEnd(text, end + 1);
        if (after === end + 1) break;
        end = after;
      }
    }
    if (!onlyCapitalised || hasCapital(text, i, end)) {
      const word = text.slice(i, end);
      tokens.push({ text: word, start: i, end, key: fold(word) });
    }
    i = end;
  }
}

/** Index of the first token starting at or after `offset` (binary search). */
export function firstTokenAt(tokens: readonly Token[], offset: number): number {
  return lowerBound(tokens, (t) => t.start < offset);
}
