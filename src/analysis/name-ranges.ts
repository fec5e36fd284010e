// The tokens of a sentence inside names other than places, in the form scoring reads them
// (ScoredInput.names: the first and last token of each name, in pairs): their words are no cues
// ("Alliance Investment Partners"). This module is the only one that writes or reads that form.
import type { Entity } from './analysis';
import type { EntitySpan } from './entities/entity-scanner';

const NO_NAMES: readonly number[] = Object.freeze([]);

/** The token ranges of a sentence's names other than places (`spans`: its entity mentions, in text order). */
export function nameRanges(spans: readonly EntitySpan[], entities: readonly Entity[]): readonly number[] {
  let names: number[] | undefined;
  for (const span of spans) {
    if (entities[span.entity]?.kind === 'place') continue;
    (names ??= []).push(span.first, span.last);
  }
  return names ?? NO_NAMES;
}

/**
 * Whether the tokens `first` to `last` touch a name of `names` that they do not wholly cover: a cue of
 * several words that is a whole name ("Ligue arabe", "Security Council") names that body on purpose, while a
 * word inside a longer name ("Alliance Investment Partners") or a one-word cue that is a name ("Price") does not.
 */
export function touchesNamePart(names: readonly number[], first: number, last: number): boolean {
  for (let n = 0; n < names.length; n += 2) {
    const nameFirst = names[n]!;
    const nameLast = names[n + 1]!;
    if (nameFirst > last || first > nameLast) continue;
    if (last === first || nameFirst < first || nameLast > last) return true;
  }
  return false;
}

