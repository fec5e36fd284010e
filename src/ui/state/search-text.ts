// Search without regard to case or accents: text folded character by character (so a match in the
// folded text maps back to the characters shown), slides searched in order with wrapping.

/** Folded text, with where each folded UTF-16 unit came from in the original. */
export interface FoldedText {
  /** Lower case, accents removed, ligatures spelled out. */
  readonly text: string;
  /** For each unit of `text`, the index in the original of the character it came from. */
  readonly origin: readonly number[];
}

const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ı: 'i' };
const APOSTROPHES = new Set(['’', '‘', 'ʼ', '`', '´']);

/** One character folded: lower case, without combining marks, ligatures spelled out. */
function foldChar(c: string): string {
  const lower = c.toLowerCase();
  const ligature = LIGATURES[lower];
  if (ligature !== undefined) return ligature;
  if (APOSTROPHES.has(lower)) return "'";
  // ASCII is its own fold; skip the normalisation for speed.
  if (lower.length === 1 && lower.charCodeAt(0) < 0x80) return lower;
  return lower.normalize('NFD').replace(/\p{M}/gu, '');
}

/** `text` folded for matching, with the origin of every folded unit. Linear in the length. */
export function foldWithOrigin(text: string): FoldedText {
  let out = '';
  const origin: number[] = [];
  let i = 0;
  for (const c of text) {
    const folded = foldChar(c);
    out += folded;
    for (let k = 0; k < folded.length; k++) origin.push(i);
    i += c.length;
  }
  return { text: out, origin };
}

/** `text` folded for matching (case and accents ignored): foldWithOrigin's text, without the origins. */
export function foldText(text: string): string {
  const parts: string[] = [];
  for (const c of text) parts.push(foldChar(c));
  // One flat string: a chain of concatenations would keep a node per character alive.
  return parts.join('');
}

/**
 * The slide after `from` (direction 1) or before it (-1) whose folded text holds `query`, wrapping
 * round the deck and trying `from` itself last; undefined when none does or the query is blank.
 */
export function findMatch(haystacks: readonly string[], query: string, from: number, direction: 1 | -1): number | undefined {
  const needle = foldText(query.trim());
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
  const needle = foldText(query.trim());
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
