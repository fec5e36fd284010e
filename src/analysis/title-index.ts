// Titles before names (président, Treasury Secretary, M.) found in O(1) per token: titles indexed by their
// first and last word, so a lookup tries only the titles that can match there.
import type { Lang } from '../article/article';
import type { Gazetteer } from './gazetteer';
import type { Token } from './tokenize';

/** Titles (as folded words) indexed by their first and last word, in their list order. */
export interface TitleIndex {
  readonly byFirst: ReadonlyMap<string, readonly (readonly string[])[]>;
  readonly byLast: ReadonlyMap<string, readonly (readonly string[])[]>;
}

const NO_TITLES: readonly (readonly string[])[] = [];

/** Indexes titles (lists of folded words) by first and last word, keeping their order. */
export function indexTitles(titles: readonly (readonly string[])[]): TitleIndex {
  const byFirst = new Map<string, (readonly string[])[]>();
  const byLast = new Map<string, (readonly string[])[]>();
  for (const title of titles) {
    const first = title[0];
    const last = title[title.length - 1];
    if (first === undefined || last === undefined) continue;
    byFirst.set(first, [...(byFirst.get(first) ?? []), title]);
    byLast.set(last, [...(byLast.get(last) ?? []), title]);
  }
  return { byFirst, byLast };
}

/** The title (folded words joined by spaces) that ends at token `end`, the longest if several. */
export function titleEndingAt(tokens: readonly Token[], end: number, index: TitleIndex, text: string): string | undefined {
  let best: string | undefined;
  for (const title of index.byLast.get(tokens[end]!.key) ?? NO_TITLES) {
    const n = title.length;
    const start = end - n + 1;
    if (start < 0) continue;
    let ok = true;
    for (let k = 0; k < n; k++) {
      if (tokens[start + k]!.key !== title[k]) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    // "M" and "Dr" as titles need their full stop or a capital name after them.
    if (n === 1 && (title[0] === 'm' || title[0] === 'me') && text[tokens[end]!.end] !== '.') continue;
    if (best === undefined || n > best.split(' ').length) best = title.join(' ');
  }
  return best;
}

/** The length (in tokens) of the longest title that starts at token `start`, or 0. */
export function titleStartingAt(tokens: readonly Token[], start: number, index: TitleIndex, limit = tokens.length): number {
  return longestTitleAt(tokens, start, index, limit)?.length ?? 0;
}

/** The longest title that starts at token `start` (the first listed among equals), or undefined. */
export function longestTitleAt(tokens: readonly Token[], start: number, index: TitleIndex, limit = tokens.length): readonly string[] | undefined {
  const first = tokens[start];
  if (first === undefined) return undefined;
  let best: readonly string[] | undefined;
  for (const title of index.byFirst.get(first.key) ?? NO_TITLES) {
    const n = title.length;
    if (start + n > limit || n <= (best?.length ?? 0)) continue;
    let ok = true;
    for (let k = 0; k < n; k++) {
      if (tokens[start + k]!.key !== title[k]) {
        ok = false;
        break;
      }
    }
    if (ok) best = title;
  }
  return best;
}

/** A gazetteer's titles indexed per language and for both languages together. */
export type GazetteerTitles = Readonly<Record<Lang | 'all', TitleIndex>>;

const indexed = new WeakMap<Gazetteer, GazetteerTitles>();

/** The title indexes of a gazetteer, built on first use. */
export function gazetteerTitles(gz: Gazetteer): GazetteerTitles {
  let titles = indexed.get(gz);
  if (titles === undefined) {
    titles = { fr: indexTitles(gz.titles.fr), en: indexTitles(gz.titles.en), all: indexTitles([...gz.titles.fr, ...gz.titles.en]) };
    indexed.set(gz, titles);
  }
  return titles;
}
