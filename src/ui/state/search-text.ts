// Search without regard to case or accents: text folded as the analysis folds it, character by
// character (so a match in the folded text maps back to the characters shown), slides searched in
// order with wrapping.
import { fold } from '../../text/fold';

/** Folded text, with where each folded UTF-16 unit came from in the original. */
export interface FoldedText {
  /** `fold` of the original. */
  readonly text: string;
  /** For each unit of `text`, the index in the original of the character it came from. */
  readonly origin: readonly number[];
}

/** `text` folded for matching, with the origin of every folded unit. Linear in the length. */
export function foldWithOrigin(text: string): FoldedText {
  let out = '';
  const origin: number[] = [];
  let i = 0;
  for (const c of text) {
    const folded = fold(c);
    out += folded;
    for (let k = 0; k < folded.length; k++) origin.push(i);
    i += c.length;
  }
  return { text: out, origin };
}

/**
 * The slide after `from` (direction 1) or before it (-1) whose folded text holds `query`, wrapping
 * round the deck and trying `from` itself last; undefined when none does or the query is blank.
 */
export function findMatch(haystacks: readonly string[], query: string, from: number, direction: 1 | -1): number | undefined {
  const needle = fold(query.trim());
  const count = haystacks.length;
  if (needle === '' || count === 0) return undefined;
  for (let i = 1; i <= count; i++) {
    const index = (((from + direction * i) % count) + count) % count;
    if ((haystacks[index] ?? '').includes(needle)) return index;
  }
  return undefined;
}

/** The [start, end) ranges of `text` (original indices) where `query` matches, case and accents ignored. */
export function matchRanges(text: string, query: string): [number, number][] {
  const needle = fold(query.trim());
  if (needle === '') return [];
  const folded = foldWithOrigin(text);
  const ranges: [number, number][] = [];
  let at = folded.text.indexOf(needle);
  while (at >= 0) {
    const start = folded.origin[at] ?? 0;
    const lastOrigin = folded.origin[at + needle.length - 1] ?? start;
    const end = lastOrigin + ((text.codePointAt(lastOrigin) ?? 0) > 0xffff ? 2 : 1);
    ranges.push([start, Math.max(start + 1, end)]);
    at = folded.text.indexOf(needle, at + needle.length);
  }
  return ranges;
}
