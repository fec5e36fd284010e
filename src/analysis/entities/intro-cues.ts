// The words around a capitalised span that tell what it names: a role before it (le président), an
// organisation or place noun, a preposition of place, a company cue, a leader's team, a dateline.
import type { EntityKind } from '../analysis';
import { roleEndingAt, roleStartingAt } from '../role-index';
import { ARTICLES, EN_PLACE_PREPOSITIONS, FROM_WORDS, OF_WORDS } from './entity-words';
import { gap, isApostropheGap, isSpaceGap } from './gaps';
import { keyWords, type SentenceScan } from './scan-state';
import { STRENGTH } from './types';
import { isCapitalised, isDateline } from './word-shape';


/** A span's role (folded words) and what the words before it make of it. */
export interface IntroCues {
  /** The person's role, if one introduces the name. */
  readonly role: string | undefined;
  /** The kind the words around make it, if they say. */
  readonly intro: EntityKind | undefined;
}

/**
 * Whom a role found before a name (ending at token `k`, the name starting at `a`) is about: the name
 * itself, its employer ("analyst at Nordea", "chief executive of Baltica"), or another person named
 * in between ("Ms Solberg will lead Nordline").
 */
function roleHolder(scan: SentenceScan, found: string, k: number, a: number): 'own' | 'employer' | 'other' | 'complement' {
  const { tokens, owner } = scan;
  const gz = scan.article.gz;
  for (let m = k + 1; m < a; m++) if (owner[m]?.kind === 'person') return 'other';
  const next = tokens[k + 1];
  if (next === undefined || k + 1 >= a) return 'own';
  let onlyLinks = true;
  for (let m = k + 2; m < a; m++) if (!gz.connectors.has(tokens[m]!.key) && !gz.functionWords.has(tokens[m]!.key)) onlyLinks = false;
  if (!onlyLinks) return 'own';
  if (gz.employerWords.has(next.key)) return 'employer';
  if (gz.employerOfWords.has(next.key) && gz.employerTitles.has(found)) return 'employer';
  // "député du Finistère", "maire de Brest", "governor of Texas": the name completes the role.
  if (gz.employerOfWords.has(next.key)) return 'complement';
  return 'own';
}

/**
 * A role close before the name at token a: at most three plain words between ("le président
 * vénézuélien Nicolas Maduro"), names not counted ("le président du Conseil européen Donald Tusk");
 * or an organisation or place noun just before it.
 */
export function cuesBefore(scan: SentenceScan, a: number, roleInSpan: string | undefined): IntroCues {
  const { tokens, owner, sentence: s } = scan;
  const { gz, roles, allRoles } = scan.article;
  let role = roleInSpan;
  let intro: EntityKind | undefined;
  let plain = 0;
  for (let k = a - 1; k >= Math.max(0, a - 7); k--) {
    const g = gap(s, k, k + 1);
    if (/[.;:«»"“”()!?]/u.test(g)) break;
    if (owner[k] === undefined && k < a - 1) plain++;
    if (plain > 3) break;
    if (role === undefined && intro === undefined) {
      const found = roleEndingAt(tokens, k, roles, s.text) ?? roleEndingAt(tokens, k, allRoles, s.text);
      if (found !== undefined) {
        const holder = roleHolder(scan, found, k, a);
        if (holder === 'employer') intro = 'organisation';
        else if (holder === 'complement') intro = 'place';
        else if (holder === 'own') role = found;
      }
    }
    if (intro === undefined && k >= a - 3) {
      if (gz.orgIntros.has(tokens[k]!.key)) intro = 'organisation';
      else if (gz.placeIntros.has(tokens[k]!.key) && (k >= a - 2 || (OF_WORDS.has(tokens[a - 1]!.key) && /^\p{Ll}/u.test(tokens[a - 2]!.text)))) intro = 'place';
    }
  }
  return { role, intro };
}

/** "l'administration Obama", "the Biden administration": a one-word name beside a leader's team is its head. */
export function isLeaderName(scan: SentenceScan, a: number, b: number): boolean {
  const { tokens, sentence: s } = scan;
  const { gz, lang } = scan.article;
  const before = tokens[a - 1];
  const after = tokens[b + 1];
  const isBefore = lang === 'fr' && before !== undefined && isSpaceGap(s, a - 1, a) && gz.leaderNouns.has(before.key) && !isCapitalised(before.text);
  const isAfter = lang === 'en' && after !== undefined && isSpaceGap(s, b, b + 1) && gz.leaderNouns.has(after.key) && !isCapitalised(after.text);
  return isBefore || isAfter;
}

/** Whether the words right after or right before tokens a..b mark a company: "Baltica investors", "Baltica's shares", "shares in Baltica". */
export function hasCompanyCue(scan: SentenceScan, a: number, b: number): boolean {
  const { tokens, sentence: s } = scan;
  const gz = scan.article.gz;
  let after = b + 1;
  // A possessive: Baltica's shareholders.
  const possessive = tokens[after]?.key === 's' && /^['’]$/u.test(gap(s, b, after));
  if (possessive) after++;
  const next = tokens[after];
  if (next !== undefined && isSpaceGap(s, after - 1, after)) {
    const words = possessive ? gz.companyAfterPossessive : gz.companyAfter;
    if (words.has(next.key) || words.has(`${next.key} ${tokens[after + 1]?.key ?? ''}`)) return true;
  }
  let start = a;
  // "shares in the X": skip one article.
  if (start > 0 && gz.functionWords.has(tokens[start - 1]!.key) && ARTICLES.has(tokens[start - 1]!.key)) start--;
  for (const phrase of gz.companyBefore) {
    const at = start - phrase.length;
    if (at < 0) continue;
    let matches = true;
    for (let q = 0; q < phrase.length && matches; q++) matches = tokens[at + q]!.key === phrase[q];
    if (matches) return true;
  }
  return false;
}

/** "in Souss", "à Arques", "in the Souss", "dans l'Audomarois": a preposition of place before the one-word name at token a. */
function isAfterPlacePreposition(scan: SentenceScan, a: number): boolean {
  const { tokens, sentence: s } = scan;
  const lang = scan.article.lang;
  const before = tokens[a - 1]!;
  const isArticle = ARTICLES.has(before.key);
  const prep = isArticle && a >= 2 && (isSpaceGap(s, a - 2, a - 1) || isApostropheGap(s, a - 2, a - 1)) ? tokens[a - 2]! : before;
  const low = prep.text.toLowerCase();
  if (!isArticle && !isSpaceGap(s, a - 1, a)) return false;
  return (lang === 'fr' && (low === 'à' || (isArticle && low === 'dans'))) || (lang === 'en' && EN_PLACE_PREPOSITIONS.has(low));
}

/** "the Escondida mine", "from Andøya in Norway": a one-word name (token b) before a place noun, or inside a known place. */
function isBeforePlaceNoun(scan: SentenceScan, b: number): boolean {
  const { tokens, sentence: s } = scan;
  const gz = scan.article.gz;
  const next = tokens[b + 1];
  if (next !== undefined && isSpaceGap(s, b, b + 1) && !isCapitalised(next.text) && (gz.placeAfter.has(next.key) || gz.placeAfter.has(`${next.key} ${tokens[b + 2]?.key ?? ''}`))) return true;
  const inside = tokens[b + 2];
  const region = scan.mentionAt(b + 2);
  const before = b > 0 ? tokens[b - 1] : undefined;
  return (
    next !== undefined && inside !== undefined && (next.key === 'in' || next.key === 'en') && isSpaceGap(s, b, b + 1) &&
    region !== undefined && region.kind === 'place' && region.strength === STRENGTH.gazetteer &&
    before !== undefined && FROM_WORDS.has(before.key)
  );
}

/** "Toledo, Ohio": a one-word name (token b), a comma, then a known place closing the phrase. */
function isBeforeRegion(scan: SentenceScan, b: number): boolean {
  const { tokens, owner, sentence: s } = scan;
  if (!/^\s*,\s*$/u.test(gap(s, b, b + 1))) return false;
  const region = owner[b + 1];
  const after = region === undefined ? '' : gap(s, region.last, region.last + 1);
  return (
    region !== undefined && region.first === b + 1 && region.kind === 'place' && region.strength === STRENGTH.gazetteer &&
    (region.last + 1 >= tokens.length || /[,.;)]/u.test(after) || ['and', 'et'].includes(tokens[region.last + 1]!.key))
  );
}

/** Whether the words around tokens a..b (no role found) make them a place. */
export function isPlaceByContext(scan: SentenceScan, a: number, b: number, hasRole: boolean): boolean {
  const { tokens, sentence: s } = scan;
  const before = a > 0 ? tokens[a - 1]! : undefined;
  if (before !== undefined && a === b && (isSpaceGap(s, a - 1, a) || isApostropheGap(s, a - 1, a)) && isAfterPlacePreposition(scan, a)) return true;
  if (a === b && !hasRole && isBeforePlaceNoun(scan, b)) return true;
  return a === b && !hasRole && isBeforeRegion(scan, b);
}

/** A dateline opening the story: "LONDON, Aug 14", "HÉRAT (Afghanistan) —", "LE HAVRE —". */
export function isOpeningDateline(scan: SentenceScan, a: number, b: number): boolean {
  return scan.index < 3 && isDateline(scan.sentence.text, scan.tokens, a, b);
}

/** What comes after a name of two words or more: "David Frost, Director General of…" gives its role. */
export function roleAfter(scan: SentenceScan, b: number, words: number): string | undefined {
  const { tokens, sentence: s } = scan;
  const { roles, allRoles } = scan.article;
  if (!(b + 2 < tokens.length && /^\s*,\s*$/.test(gap(s, b, b + 1)))) return undefined;
  const n = Math.max(roleStartingAt(tokens, b + 1, roles), roleStartingAt(tokens, b + 1, allRoles));
  return n > 0 && words >= 2 ? keyWords(tokens, b + 1, b + n).join(' ') : undefined;
}
