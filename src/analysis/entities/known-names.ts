// Pass A: known names (the gazetteer's places and organisations), longest first, left to right.
import { isUpperWord, LETTER, NUMBER, classAt } from '../char-class';
import type { Gazetteer, KnownName } from '../gazetteer';
import { isAbbreviationGap, isApostropheGap, isSpaceGap } from './gaps';
import type { SentenceScan } from './scan-state';
import { STRENGTH, groupKey } from './types';
import { isCapitalised } from './word-shape';

const prefixCache = new WeakMap<Gazetteer, ReadonlySet<string>>();

/** Every proper prefix (in words) of a known name: the name lookup stops where none goes on. */
function namePrefixesOf(gz: Gazetteer): ReadonlySet<string> {
  let prefixes = prefixCache.get(gz);
  if (prefixes === undefined) {
    const set = new Set<string>();
    for (const key of gz.names.keys()) {
      const words = key.split(' ');
      for (let n = 1; n < words.length; n++) set.add(words.slice(0, n).join(' '));
    }
    prefixes = set;
    prefixCache.set(gz, prefixes);
  }
  return prefixes;
}

/** The longest known name starting at token i, as its length in tokens and what it is. */
function longestKnownAt(scan: SentenceScan, i: number, namePrefixes: ReadonlySet<string>): { n: number; name: KnownName } | undefined {
  const { tokens, info, sentence: s } = scan;
  const gz = scan.article.gz;
  const t = tokens[i]!;
  let key = '';
  let found: { n: number; name: KnownName } | undefined;
  for (let n = 1; n <= gz.longestName && i + n <= tokens.length; n++) {
    if (n > 1 && !isSpaceGap(s, i + n - 2, i + n - 1) && !isApostropheGap(s, i + n - 2, i + n - 1) && !isAbbreviationGap(s, i + n - 2, i + n - 1)) break;
    key = n === 1 ? t.key : `${key} ${tokens[i + n - 1]!.key}`;
    const known = gz.names.get(key);
    if (known === undefined) {
      // No known name goes on from here.
      if (!namePrefixes.has(key)) break;
      continue;
    }
    if (known.isUpperCase && !isUpperWord(t.text)) continue;
    if (known.isCapitalised && !isCapitalised(t.text)) continue;
    const lastInfo = info[i + n - 1]!;
    if (lastInfo.cut !== undefined) continue;
    found = { n, name: known };
  }
  return found;
}

/** "Sofia Lindgren", "Jordan Bardella": a place that is also a given name starts a person's name when an unknown capitalised word follows. */
function isGivenNameFirst(scan: SentenceScan, i: number, found: { n: number; name: KnownName }): boolean {
  const { tokens, sentence: s } = scan;
  const gz = scan.article.gz;
  const t = tokens[i]!;
  const next = tokens[i + 1];
  return (
    found.n === 1 && found.name.kind === 'place' && gz.givenNames.has(t.key) && !isUpperWord(t.text) &&
    next !== undefined && isSpaceGap(s, i, i + 1) && isCapitalised(next.text) && !isUpperWord(next.text) &&
    !gz.functionWords.has(next.key) && !gz.names.has(next.key)
  );
}

/** Records the sentence's known names. */
export function findKnownNames(scan: SentenceScan): void {
  const { tokens, info } = scan;
  const gz = scan.article.gz;
  const namePrefixes = namePrefixesOf(gz);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if ((classAt(t.text, 0) & (LETTER | NUMBER)) === 0) continue;
    const found = longestKnownAt(scan, i, namePrefixes);
    if (found !== undefined && isGivenNameFirst(scan, i, found)) continue;
    if (found === undefined) {
      // Texas-based: the capitalised part alone may be known.
      const cut = info[i]!.cut;
      const known = cut === undefined ? undefined : gz.names.get(t.key.slice(0, cut));
      if (cut !== undefined && known !== undefined && known.isCapitalised) {
        scan.push(i, i, known.kind, STRENGTH.gazetteer, groupKey(known.group), t.start + cut);
      }
      continue;
    }
    scan.push(i, i + found.n - 1, found.name.kind, STRENGTH.gazetteer, groupKey(found.name.group));
    i += found.n - 1;
  }
}
