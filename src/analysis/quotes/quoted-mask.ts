// Per sentence, the parts of its text inside a quotation: a speaker is never looked for inside one.
import type { QuoteRange } from './pair-quotes';
import { lowerBound } from '../lower-bound';
import type { Token } from '../tokenize';

/** Per sentence, its quoted ranges in text order. */
export type QuotedMask = ReadonlyMap<number, readonly QuoteRange[]>;

/** The mask of a list of quoted ranges (in article order). */
export function quotedMask(ranges: readonly QuoteRange[]): QuotedMask {
  const mask = new Map<number, QuoteRange[]>();
  for (const r of ranges) {
    const list = mask.get(r.sentence);
    if (list === undefined) mask.set(r.sentence, [r]);
    else list.push(r);
  }
  return mask;
}

/** Whether token `token` of `sentence` starts inside a quotation (`tokensOf` is asked only for sentences with one). */
export function isQuoted(mask: QuotedMask, tokensOf: (sentence: number) => readonly Token[], sentence: number, token: number): boolean {
  const ranges = mask.get(sentence);
  if (ranges === undefined) return false;
  const t = tokensOf(sentence)[token];
  if (t === undefined) return false;
  // A sentence's ranges are in text order and do not overlap: the last one starting at or before the token decides.
  const r = ranges[lowerBound(ranges, (range) => range.start <= t.start) - 1];
  return r !== undefined && t.start < r.end;
}
