// Pass D: French institutions written in lowercase before a place: "tribunal correctionnel de Marseille",
// "université Le Havre Normandie", "conseil régional de Bretagne". The place stays a place too.
import { ARTICLES, FR_ADJECTIVE } from './entity-words';
import { isApostropheGap, isSpaceGap } from './gaps';

import type { SentenceScan } from './scan-state';
import { STRENGTH, type Mention } from './types';
import { isCapitalised } from './word-shape';

/** The token of the lowercase institution noun before place mention m (up to two adjectives and "de (l')" between), or -1. */
function institutionHead(scan: SentenceScan, m: Mention): number {
  const { tokens, sentence: s } = scan;
  const gz = scan.article.gz;
  let k = m.first - 1;
  if (k >= 0 && ARTICLES.has(tokens[k]!.key) && tokens[k]!.key !== 'les') k--;
  if (k >= 0 && (gz.employerOfWords.has(tokens[k]!.key) || tokens[k]!.key === 'des')) k--;
  let adjectives = 0;
  while (k >= 0 && adjectives < 2 && !gz.lowercaseOrgHeads.has(tokens[k]!.key) && /^\p{Ll}/u.test(tokens[k]!.text) && FR_ADJECTIVE.test(tokens[k]!.key)) {
    k--;
    adjectives++;
  }
  if (k < 0 || !gz.lowercaseOrgHeads.has(tokens[k]!.key) || isCapitalised(tokens[k]!.text)) return -1;
  for (let q = k; q < m.first; q++) if (!isSpaceGap(s, q, q + 1) && !isApostropheGap(s, q, q + 1)) return -1;
  return k;
}

/** Records the sentence's lowercase French institutions (French articles only). */
export function findFrenchInstitutions(scan: SentenceScan): void {
  const { owner, sentence: s } = scan;
  for (const m of [...scan.mentions]) {
    if (scan.removed.has(m) || m.kind !== 'place') continue;
    const k = institutionHead(scan, m);
    if (k < 0) continue;
    let last = m.last;
    for (let next = owner[last + 1]; next !== undefined && next.first === last + 1 && next.kind === 'place' && isSpaceGap(s, last, last + 1); next = owner[last + 1]) last = next.last;
    const covered = scan.mentions.filter((x) => x.first >= m.first && x.last <= last);
    scan.push(k, last, 'organisation', STRENGTH.orgWord);
    // The places inside keep their own mentions.
    for (const x of covered) for (let q = x.first; q <= x.last; q++) owner[q] = x;
  }
}
