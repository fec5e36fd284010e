// The merge: mentions joined into entities across the article (aliases, acronyms, surnames, first and
// head words), each entity named by its fullest mention and typed by its strongest.
import type { Entity } from '../analysis';
import { isUpperWord } from '../char-class';
import type { Gazetteer } from '../gazetteer';
import { sortSmall } from '../small-sort';
import { keyMentions, linkFirstWords, linkInitialsAndHeads, linkSurnames, strongest } from './merge-links';
import { TITLE_SENTENCE, type EntityResult, type EntitySpan, type Mention, type MergeLink } from './types';
import { UnionFind } from './union-find';

const NO_SPANS: readonly EntitySpan[] = Object.freeze([]);

/**
 * The sentences of a group's mentions, without repeats (the headline's left out). Mentions are kept in
 * sentence order (the scanner reads sentences in order, the headline's come last), so repeats are neighbours.
 */
function sentencesOf(mentions: readonly Mention[]): number[] {
  const out: number[] = [];
  for (const m of mentions) if (m.sentence !== TITLE_SENTENCE && out[out.length - 1] !== m.sentence) out.push(m.sentence);
  return out;
}

/** The mentions of each entity, in order of first mention in the body (title-only entities last; people only in credits left out). */
function groupMentions(mentions: readonly Mention[], uf: UnionFind): Mention[][] {
  const groups = new Map<string, Mention[]>();
  for (const m of mentions) {
    const root = uf.find(m.key);
    const g = groups.get(root) ?? [];
    g.push(m);
    groups.set(root, g);
  }
  const firstOf = (g: readonly Mention[]): number => (g[0]!.sentence === TITLE_SENTENCE ? Infinity : g[0]!.sentence);
  return [...groups.values()]
    .filter((g) => g.some((m) => !m.isCredit || m.kind !== 'person'))
    .sort((x, y) => firstOf(x) - firstOf(y) || x[0]!.start - y[0]!.start);
}

/** An entity's name: its mention with the most words, then not in capitals only, then the longest. */
function fullestName(group: readonly Mention[]): string {
  return group.reduce((x, y) => {
    if (y.words.length !== x.words.length) return y.words.length > x.words.length ? y : x;
    const xu = isUpperWord(x.text);
    const yu = isUpperWord(y.text);
    if (xu !== yu) return xu ? y : x;
    return y.text.length > x.text.length ? y : x;
  }).text;
}

/** Merges an article's mentions (`sentenceCount` sentences, the headline's last) into entities. */
export function merge(mentions: readonly Mention[], aliasLinks: readonly MergeLink[], acronymLinks: readonly MergeLink[], gz: Gazetteer, sentenceCount: number): EntityResult {
  const uf = new UnionFind();
  for (const [a, b] of acronymLinks) uf.union(a, b);
  for (const [a, b] of aliasLinks) uf.union(a, b);
  const keyed = keyMentions(mentions);
  linkSurnames(keyed, uf);
  linkFirstWords(keyed, uf, gz);
  linkInitialsAndHeads(keyed, uf, gz);

  const entities: Entity[] = [];
  const roles: string[][] = [];
  // Most sentences name nothing: their lists are made only when a mention comes, the rest share one empty list.
  const spans: EntitySpan[][] = new Array<EntitySpan[]>(sentenceCount);
  groupMentions(mentions, uf).forEach((group, index) => {
    entities.push({ name: fullestName(group), kind: strongest(group).kind, mentions: sentencesOf(group) });
    const groupRoles = new Set<string>();
    for (const m of group) for (const t of m.roles) groupRoles.add(t);
    roles.push([...groupRoles]);
    for (const m of group) {
      if (m.sentence === TITLE_SENTENCE) continue;
      (spans[m.sentence] ??= []).push({ entity: index, first: m.first, last: m.last, start: m.start, end: m.end });
    }
  });
  for (let i = 0; i < spans.length; i++) {
    const list = spans[i];
    if (list === undefined) spans[i] = NO_SPANS as EntitySpan[];
    else if (list.length > 1) sortSmall(list, (a, b) => a.start - b.start);
  }
  return { entities, spans, roles };
}
