// The shapes the entity passes share: a sentence as they read it, a mention before merging, and the result.
import type { Entity, EntityKind } from '../analysis';
import type { Token } from '../tokenize';

/** One sentence as the extractors see it. */
export interface SentenceTokens {
  /** The sentence's text. */
  readonly text: string;
  /** Its word tokens. */
  readonly tokens: readonly Token[];
  /** A byline or credit line: its people are not content. */
  readonly isCredit: boolean;
}

/** Where an entity is mentioned inside a sentence. */
export interface EntitySpan {
  /** Index into the result's `entities`. */
  readonly entity: number;
  /** First token of the mention. */
  readonly first: number;
  /** Last token of the mention. */
  readonly last: number;
  /** Character offsets in the sentence text. */
  readonly start: number;
  /** End offset (exclusive). */
  readonly end: number;
}

/** The entities of an article with their positions. */
export interface EntityResult {
  /** The entities, in order of first mention. */
  readonly entities: readonly Entity[];
  /** Per sentence, its entity mentions in text order. */
  readonly spans: readonly (readonly EntitySpan[])[];
  /** Per entity index, the folded roles seen before its name (président, governor…). */
  readonly roles: readonly (readonly string[])[];
}

/** The sentence index of a title mention: it counts for merging and kinds, not as a sentence mention. */
export const TITLE_SENTENCE = -1;

/** The empty list of roles, shared. */
export const NO_ROLES: readonly string[] = Object.freeze([]);

/** How sure a mention's kind is: a known name beats a role, which beats a guess. */
export const STRENGTH = { gazetteer: 6, acronym: 5, orgWord: 4, role: 4, intro: 3, company: 3, givenName: 2, shape: 1 } as const;

/** A name found in a sentence, before mentions are merged into entities. */
export interface Mention {
  /** Sentence index, or TITLE_SENTENCE for the headline. */
  readonly sentence: number;
  /** First token. */
  readonly first: number;
  /** Last token. */
  readonly last: number;
  /** Start offset in the sentence text. */
  readonly start: number;
  /** End offset (exclusive). */
  readonly end: number;
  /** The mention as written. */
  readonly text: string;
  /** Merge key before merging (group id for known names, folded words otherwise). */
  readonly key: string;
  /** Folded words of the mention (no parentheses, no possessive). */
  readonly words: readonly string[];
  /** What the mention names. */
  readonly kind: EntityKind;
  /** How sure its kind is (a STRENGTH value, 0 for a bare guess). */
  readonly strength: number;
  /** Folded roles seen before it. */
  readonly roles: readonly string[];
  /** Whether the mention is inside a credit line (people there are not content). */
  readonly isCredit: boolean;
}

/** Two merge keys that name one entity (an alias, an acronym and its expansion). */
export type MergeLink = readonly [string, string];

const groupKeys: string[] = [];

/** The merge key of a known name's group of variants (one string per group, shared). */
export function groupKey(group: number): string {
  return (groupKeys[group] ??= `#g${group}`);
}

/** Whether a merge key is a known name's group key, not folded words. */
export function isGroupKey(key: string): boolean {
  return key.startsWith('#g');
}
