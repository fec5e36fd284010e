// Pass B: acronyms defined in parentheses after their expansion: Forces de soutien rapide (FSR).
import { isUpperWord } from '../char-class';
import { gap, isSpaceGap } from './gaps';
import type { SentenceScan } from './scan-state';
import { STRENGTH } from './types';
import { isCapitalised } from './word-shape';

/** The first token of the words before token i whose initials spell `letters`, or -1. */
function expansionStart(scan: SentenceScan, i: number, letters: string): number {
  const { tokens, sentence: s } = scan;
  const gz = scan.article.gz;
  let li = letters.length - 1;
  let k = i - 1;
  let firstWord = -1;
  while (k >= 0 && li >= 0) {
    const w = tokens[k]!;
    if (k < i - 1 && !isSpaceGap(s, k, k + 1) && !/^['’]$/.test(gap(s, k, k + 1))) break;
    if (gz.connectors.has(w.key) || gz.functionWords.has(w.key)) {
      k--;
      continue;
    }
    // A word may stand for one letter or, hyphenated, for several.
    const parts = w.key.split('-').filter((p) => p !== '');
    let ok = true;
    for (let p = parts.length - 1; p >= 0 && ok; p--) {
      if (li >= 0 && parts[p]![0] === letters[li]) li--;
      else if (p === parts.length - 1) ok = false;
    }
    if (!ok) break;
    firstWord = k;
    k--;
  }
  return li >= 0 ? -1 : firstWord;
}

/** Records the sentence's acronyms with their expansions, and links each pair for the merge. */
export function findAcronyms(scan: SentenceScan): void {
  const { tokens, owner, used, sentence: s } = scan;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isUpperWord(t.text) || t.text.length > 8) continue;
    if (!/\($/.test(gap(s, i - 1, i).trimEnd()) || !/^\s*\)/.test(s.text.slice(t.end))) continue;
    const letters = t.text.replace(/[^\p{L}]/gu, '').toLowerCase();
    const firstWord = expansionStart(scan, i, letters);
    if (firstWord < 0 || !isCapitalised(tokens[firstWord]!.text)) continue;
    const expansionOwner = owner[firstWord];
    const expansionKnown = expansionOwner !== undefined && expansionOwner === owner[i - 1] ? expansionOwner : undefined;
    const acronymKnown = scan.mentionAt(i);
    if (expansionKnown !== undefined) {
      if (acronymKnown === undefined) scan.push(i, i, expansionKnown.kind, STRENGTH.acronym, expansionKnown.key);
      continue;
    }
    if (used.slice(firstWord, i + 1).some((u) => u)) continue;
    const closing = s.text.indexOf(')', t.end);
    const m = scan.push(firstWord, i, 'organisation', STRENGTH.acronym, undefined, closing + 1);
    scan.article.acronymLinks.push([m.key, t.key]);
  }
}
