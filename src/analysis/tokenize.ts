// Word tokens with their offsets: the unit that cues, entities and the title overlap are matched on.
import { fold } from './fold';

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

// Dotted acronyms (U.S., U.K.) first, then letters and digits joined by inner hyphens; apostrophes split
// words (l'accord → l + accord, didn't → didn + t). Each alternative consumes distinct characters: linear.
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-‐‑][\p{L}\p{M}\p{N}]+)*/gu;

/** Splits a sentence into word tokens (linear in its length). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const word = match[0];
    tokens.push({ text: word, start, end: start + word.length, key: fold(word) });
  }
  return tokens;
}

/** Index of the first token starting at or after `offset` (binary search). */
export function firstTokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
