// The links the merge draws between merge keys beyond aliases and acronyms: a surname to the full name
// (Maduro → Nicolas Maduro), initials to an organisation (OFAC), a first word (Baltica → Baltica Lines)
// and a head word (the Bank → Bank of England), each only when one entity alone fits.
import { isUpperWord } from '../char-class';
import type { Gazetteer } from '../gazetteer';
import { SURNAME_PREFIX } from './entity-words';
import type { UnionFind } from './union-find';
import { STRENGTH, isGroupKey, type Mention } from './types';

/** The mentions of an article by merge key, each key with its strongest mention. */
export interface KeyedMentions {
  /** Every mention of each key. */
  readonly byKey: ReadonlyMap<string, readonly Mention[]>;
  /** The strongest mention of each key (the first among equals). */
  readonly best: ReadonlyMap<string, Mention>;
}

/** The strongest of a list of mentions (the first among equals). */
export function strongest(list: readonly Mention[]): Mention {
  return list.reduce((x, y) => (y.strength > x.strength ? y : x));
}

/** The mentions grouped by merge key. */
export function keyMentions(mentions: readonly Mention[]): KeyedMentions {
  const byKey = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = byKey.get(m.key);
    if (list === undefined) byKey.set(m.key, [m]);
    else list.push(m);
  }
  const best = new Map<string, Mention>();
  for (const [key, list] of byKey) best.set(key, strongest(list));
  return { byKey, best };
}

function addTo(index: Map<string, Set<string>>, word: string, key: string): void {
  const set = index.get(word) ?? new Set<string>();
  set.add(key);
  index.set(word, set);
}

/** Strips an Arabic article prefix for surname matching (Al-Bourhane → bourhane). */
function surnameKey(word: string): string {
  return word.replace(SURNAME_PREFIX, '');
}

/** Surnames: a one-word (or shorter) mention that ends a longer person's name (Maduro → Nicolas Maduro). */
export function linkSurnames(keyed: KeyedMentions, uf: UnionFind): void {
  const { byKey, best } = keyed;
  const bySurname = new Map<string, Set<string>>();
  for (const p of best.values()) {
    if (p.kind === 'person' && p.words.length >= 2) addTo(bySurname, surnameKey(p.words[p.words.length - 1]!), p.key);
  }
  for (const [key, m] of best) {
    if (isGroupKey(m.key) && m.strength === STRENGTH.gazetteer) continue;
    const owners = bySurname.get(surnameKey(m.words[m.words.length - 1]!));
    if (owners === undefined) continue;
    const others = [...owners].filter((o) => o !== key && byKey.get(o)![0]!.words.length > m.words.length);
    const roots = new Set(others.map((o) => uf.find(o)));
    if (roots.size === 1 && (m.words.length === 1 || m.kind === 'person')) uf.union(others[0]!, key);
  }
}

/** Joins `key` to the one entity among `owners` (other than itself), if only one. */
function joinIfOne(owners: ReadonlySet<string>, key: string, uf: UnionFind): void {
  const roots = new Set([...owners].filter((o) => o !== key).map((o) => uf.find(o)));
  if (roots.size === 1) uf.union([...owners].find((o) => o !== key)!, key);
}

/**
 * First words: "Baltica" = Baltica Lines, "Nordline" = Nordline Group, when one organisation alone starts so;
 * a name typed a person by its shape alone joins too, so "Vestland shareholders" makes Vestland Ferries a company.
 */
export function linkFirstWords(keyed: KeyedMentions, uf: UnionFind, gz: Gazetteer): void {
  const shapeOnly = (m: Mention): boolean => m.kind === 'person' && m.strength <= STRENGTH.shape;
  const byFirst = new Map<string, Set<string>>();
  for (const o of keyed.best.values()) {
    if (o.words.length >= 2 && (o.kind === 'organisation' || shapeOnly(o))) addTo(byFirst, o.words[0]!, o.key);
  }
  for (const [key, m] of keyed.best) {
    if (m.words.length !== 1 || isUpperWord(m.text) || gz.givenNames.has(m.words[0]!)) continue;
    if (isGroupKey(m.key) || m.kind === 'place' || (m.kind === 'person' && m.strength >= STRENGTH.role)) continue;
    const owners = byFirst.get(m.words[0]!);
    if (owners === undefined) continue;
    if (m.kind !== 'organisation' && [...owners].some((o) => shapeOnly(keyed.best.get(o)!))) continue;
    joinIfOne(owners, key, uf);
  }
}

/** Acronyms written without their expansion (OFAC = Office of Foreign Assets Control) and head words ("the Bank" = Bank of England). */
export function linkInitialsAndHeads(keyed: KeyedMentions, uf: UnionFind, gz: Gazetteer): void {
  const byInitials = new Map<string, Set<string>>();
  const byHead = new Map<string, Set<string>>();
  for (const o of keyed.best.values()) {
    if (o.kind !== 'organisation' || o.words.length < 2) continue;
    const initials = o.words
      .filter((w) => !gz.connectors.has(w) && !gz.functionWords.has(w) && /^\p{L}/u.test(w))
      .map((w) => w[0])
      .join('');
    if (initials.length >= 2) addTo(byInitials, initials, o.key);
    for (const w of o.words) if (gz.orgWords.has(w)) addTo(byHead, w, o.key);
  }
  for (const [key, m] of keyed.best) {
    if (m.words.length !== 1) continue;
    const word = m.words[0]!;
    const upper = isUpperWord(m.text);
    const owners = upper ? byInitials.get(word.replace(/[^\p{L}]/gu, '')) : gz.orgWords.has(word) ? byHead.get(word) : undefined;
    if (owners === undefined || (isGroupKey(m.key) && m.strength === STRENGTH.gazetteer)) continue;
    joinIfOne(owners, key, uf);
  }
}
