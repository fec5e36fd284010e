// What lies between two tokens of a sentence: spaces only, an apostrophe, an abbreviation's dot.
import { ABBREVIATIONS } from './entity-words';
import type { SentenceTokens } from './types';

/** The text between tokens a and b ('' when either is missing). */
export function gap(s: SentenceTokens, a: number, b: number): string {
  const ta = s.tokens[a];
  const tb = s.tokens[b];
  return ta === undefined || tb === undefined ? '' : s.text.slice(ta.end, tb.start);
}

/** Whether tokens a and b are separated by spaces only (at least one; plain, no-break or narrow). */
export function isSpaceGap(s: SentenceTokens, a: number, b: number): boolean {
  const ta = s.tokens[a];
  const tb = s.tokens[b];
  if (ta === undefined || tb === undefined || ta.end >= tb.start) return false;
  for (let k = ta.end; k < tb.start; k++) {
    const code = s.text.charCodeAt(k);
    if (code !== 0x20 && code !== 0xa0 && code !== 0x202f) return false;
  }
  return true;
}

/** Whether the gap between tokens a and b is an apostrophe, with spaces around it or not (l' Union). */
export function isApostropheGap(s: SentenceTokens, a: number, b: number): boolean {
  return /^[ ]*['’][ ]*$/u.test(gap(s, a, b));
}

/** "St. Petersburg", "Mt. Kenya": an abbreviation's dot then spaces, read as the known name "St Petersburg". */
export function isAbbreviationGap(s: SentenceTokens, a: number, b: number): boolean {
  return ABBREVIATIONS.has(s.tokens[a]?.key ?? '') && /^\.[ \u00a0]+$/u.test(gap(s, a, b));
}
